import { z } from "zod";
import { prisma } from "@/lib/db";
import type { AnomalyKind, AnomalyStatus } from "@/lib/generated/prisma/enums";
import type { ExplainMessage } from "@/lib/i18n/explain-message";
import { ANOMALY_KIND_LABELS } from "./anomaly-kinds";
import { storedAnomalyMessage } from "./stored-anomaly-message";

export interface AnomalyFlag {
  anomalyId: string;
  kind: AnomalyKind;
  label: string;
  status: AnomalyStatus;
  explanation: string;
  /** `explanation` as a catalog message; null for findings stored before messages. */
  explanationMessage: ExplainMessage | null;
}

const IdsSchema = z.array(z.uuid()).max(1000);

/**
 * Badges for a page of transactions: open and problem findings touching each id (a duplicate
 * pair flags both charges). Findings the user called normal show no badge. Ids of other users'
 * transactions simply get no flags.
 */
export async function listAnomalyFlags(userId: string, transactionIds: readonly string[]): Promise<Record<string, AnomalyFlag[]>> {
  const ids = IdsSchema.parse([...new Set(transactionIds)]);
  const flags: Record<string, AnomalyFlag[]> = {};
  if (ids.length === 0) return flags;
  const wanted = new Set(ids);
  const rows = await prisma().anomaly.findMany({
    where: {
      userId,
      status: { in: ["open", "problem"] },
      OR: [{ transactionId: { in: ids } }, ...ids.map((id) => ({ details: { path: ["transactionIds"], array_contains: [id] } }))],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, status: true, explanation: true, transactionId: true, details: true },
  });
  for (const row of rows) {
    const details = row.details as { transactionIds?: unknown } | null;
    const touched = new Set<string>(Array.isArray(details?.transactionIds) ? details.transactionIds.filter((v): v is string => typeof v === "string") : []);
    if (row.transactionId) touched.add(row.transactionId);
    for (const id of touched) {
      if (!wanted.has(id)) continue;
      (flags[id] ??= []).push({ anomalyId: row.id, kind: row.kind, label: ANOMALY_KIND_LABELS[row.kind], status: row.status, explanation: row.explanation, explanationMessage: storedAnomalyMessage(row.details) });
    }
  }
  return flags;
}
