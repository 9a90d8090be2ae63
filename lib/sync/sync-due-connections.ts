/**
 * The scheduled fan-out: every active connection whose nextSyncAt has come is synced, one at a time per
 * connection (the lock) and a few connections in parallel. Called by POST /api/cron/sync (QStash) and by
 * the embedded in-process scheduler.
 */
import { prisma } from "@/lib/db";
import { logError } from "@/lib/log";
import { syncConnection } from "./sync-connection";

/** Connections synced at once; each holds a database connection per page, and the pool has ten. */
export const SYNC_CONCURRENCY = 3;
/** Per tick; the rest are picked up by the next tick 15 minutes later. */
export const MAX_CONNECTIONS_PER_TICK = 200;

export interface FanOutResult {
  due: number;
  succeeded: number;
  failed: number;
  busy: number;
}

export async function syncDueConnections(now = new Date()): Promise<FanOutResult> {
  const due = await prisma().bankConnection.findMany({
    where: { status: "active", nextSyncAt: { lte: now } },
    orderBy: { nextSyncAt: "asc" },
    take: MAX_CONNECTIONS_PER_TICK,
    select: { id: true, userId: true },
  });
  const result: FanOutResult = { due: due.length, succeeded: 0, failed: 0, busy: 0 };
  let next = 0;
  async function worker(): Promise<void> {
    for (let item = due[next++]; item; item = due[next++]) {
      try {
        const outcome = await syncConnection(item.userId, item.id, { trigger: "schedule" });
        if (outcome.status === "busy") result.busy += 1;
        else if (outcome.outcome.status === "succeeded") result.succeeded += 1;
        else result.failed += 1;
      } catch (error) {
        result.failed += 1;
        logError("scheduled sync could not start", error, { connectionId: item.id });
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, due.length) }, worker));
  return result;
}
