import { z } from "zod";
import { prisma } from "@/lib/db";
import type { AnomalyKind, AnomalyStatus } from "@/lib/generated/prisma/enums";
import type { ExplainMessage } from "@/lib/i18n/explain-message";
import { minorFromBigInt } from "@/lib/money";
import { storedAnomalyMessage } from "./stored-anomaly-message";
import { ANOMALY_KIND_LABELS } from "./anomaly-kinds";

export const ListAnomaliesInput = z.object({
  status: z.enum(["open", "normal", "problem", "all"], { error: "must be open, normal, problem or all" }).default("open"),
});

export interface AnomalyView {
  id: string;
  kind: AnomalyKind;
  kindLabel: string;
  status: AnomalyStatus;
  score: number;
  explanation: string;
  /** `explanation` as a catalog message (Anomaly.details.message); null for findings stored before messages. */
  explanationMessage: ExplainMessage | null;
  createdAt: string;
  transaction: { id: string; date: string; description: string; merchantName: string | null; amount: number; currency: string } | null;
}

/** The user's findings, newest first (at most 200). */
export async function listAnomalies(userId: string, input: unknown = {}): Promise<AnomalyView[]> {
  const { status } = ListAnomaliesInput.parse(input);
  const rows = await prisma().anomaly.findMany({
    where: { userId, ...(status === "all" ? {} : { status }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    include: { transaction: { select: { id: true, date: true, description: true, merchantName: true, amount: true, currency: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    kindLabel: ANOMALY_KIND_LABELS[row.kind],
    status: row.status,
    score: row.score,
    explanation: row.explanation,
    explanationMessage: storedAnomalyMessage(row.details),
    createdAt: row.createdAt.toISOString(),
    transaction: row.transaction
      ? {
          id: row.transaction.id,
          date: row.transaction.date.toISOString().slice(0, 10),
          description: row.transaction.description,
          merchantName: row.transaction.merchantName,
          amount: minorFromBigInt(row.transaction.amount),
          currency: row.transaction.currency,
        }
      : null,
  }));
}
