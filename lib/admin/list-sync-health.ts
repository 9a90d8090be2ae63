import { prisma } from "@/lib/db";

export interface ConnectionHealth {
  id: string;
  userId: string;
  provider: string;
  institutionName: string;
  status: "active" | "reauth_required" | "revoked" | "error";
  lastSyncAt: string | null;
  nextSyncAt: string | null;
  lastError: string | null;
  lastRun: { status: "running" | "succeeded" | "failed"; startedAt: string; durationMs: number | null; added: number; modified: number; removed: number; error: string | null } | null;
}

export interface SyncHealth {
  connections: ConnectionHealth[];
  totals: { connections: number; active: number; needsAttention: number; failedRunsLast24h: number };
}

/**
 * Bank connections with their last sync run. With a userId it is that user's own status (the API's
 * /sync/status); without, every user's (the admin page), so callers without a userId must be admins.
 * TODO(sync owner): move beside lib/sync once its status readers exist.
 */
export async function listSyncHealth(filter: { userId?: string } = {}, now = new Date()): Promise<SyncHealth> {
  const where = filter.userId ? { userId: filter.userId } : {};
  const [rows, failedRunsLast24h] = await Promise.all([
    prisma().bankConnection.findMany({
      where,
      orderBy: [{ createdAt: "asc" }],
      take: 500,
      select: {
        id: true, userId: true, provider: true, institutionName: true, status: true, lastSyncAt: true, nextSyncAt: true, lastError: true,
        syncRuns: { orderBy: { startedAt: "desc" }, take: 1, select: { status: true, startedAt: true, durationMs: true, added: true, modified: true, removed: true, error: true } },
      },
    }),
    prisma().syncRun.count({ where: { ...where, status: "failed", startedAt: { gte: new Date(now.getTime() - 86_400_000) } } }),
  ]);
  const connections = rows.map((row): ConnectionHealth => {
    const run = row.syncRuns[0];
    return {
      id: row.id, userId: row.userId, provider: row.provider, institutionName: row.institutionName, status: row.status,
      lastSyncAt: row.lastSyncAt?.toISOString() ?? null, nextSyncAt: row.nextSyncAt?.toISOString() ?? null, lastError: row.lastError,
      lastRun: run ? { status: run.status, startedAt: run.startedAt.toISOString(), durationMs: run.durationMs, added: run.added, modified: run.modified, removed: run.removed, error: run.error } : null,
    };
  });
  return {
    connections,
    totals: {
      connections: connections.length,
      active: connections.filter((c) => c.status === "active").length,
      needsAttention: connections.filter((c) => c.status !== "active" || c.lastRun?.status === "failed").length,
      failedRunsLast24h,
    },
  };
}
