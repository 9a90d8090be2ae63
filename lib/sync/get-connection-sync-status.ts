/** Everything the connection page shows about syncing, scoped by the user (a foreign id is "not found"). */
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const RECENT_RUNS = 10;
export const RECENT_QUARANTINED = 50;

export interface ConnectionSyncStatus {
  id: string;
  institutionName: string;
  provider: string;
  status: "active" | "reauth_required" | "revoked" | "error";
  lastSyncAt: Date | null;
  nextSyncAt: Date | null;
  lastError: string | null;
  runs: Array<{
    id: string;
    trigger: string;
    status: "running" | "succeeded" | "failed";
    startedAt: Date;
    durationMs: number | null;
    added: number;
    modified: number;
    removed: number;
    merged: number;
    quarantined: number;
    error: string | null;
  }>;
  /** `code` and `params` translate the English `reason` (rejections.sync.*); null on rows from before codes. */
  quarantined: Array<{ id: string; reason: string; code: string | null; params: Record<string, string> | null; createdAt: Date; preview: string }>;
  quarantinedTotal: number;
}

function stringParams(value: unknown): Record<string, string> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** A short, single-line look at what the bank sent, so the user can recognise the record. */
function previewOf(payload: unknown): string {
  const text = JSON.stringify(payload) ?? "";
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export async function getConnectionSyncStatus(userId: string, connectionId: string): Promise<ConnectionSyncStatus> {
  const connection = await prisma().bankConnection.findFirst({
    where: { id: connectionId, userId },
    select: { id: true, institutionName: true, provider: true, status: true, lastSyncAt: true, nextSyncAt: true, lastError: true },
  });
  if (!connection) throw notFound("Connection");
  const [runs, quarantined, quarantinedTotal] = await Promise.all([
    prisma().syncRun.findMany({
      where: { userId, connectionId },
      orderBy: { startedAt: "desc" },
      take: RECENT_RUNS,
      select: { id: true, trigger: true, status: true, startedAt: true, durationMs: true, added: true, modified: true, removed: true, merged: true, quarantined: true, error: true },
    }),
    prisma().quarantinedRecord.findMany({
      where: { userId, connectionId },
      orderBy: { createdAt: "desc" },
      take: RECENT_QUARANTINED,
      select: { id: true, reason: true, reasonCode: true, reasonParams: true, createdAt: true, payload: true },
    }),
    prisma().quarantinedRecord.count({ where: { userId, connectionId } }),
  ]);
  return {
    ...connection,
    runs,
    quarantined: quarantined.map(({ payload, reasonCode, reasonParams, ...rest }) => ({ ...rest, code: reasonCode, params: stringParams(reasonParams), preview: previewOf(payload) })),
    quarantinedTotal,
  };
}
