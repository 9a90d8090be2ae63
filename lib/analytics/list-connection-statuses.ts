import { prisma } from "@/lib/db";

export interface ConnectionStatusView {
  id: string;
  institutionName: string;
  status: "active" | "reauth_required" | "revoked" | "error";
  lastSyncAt: string | null;
  nextSyncAt: string | null;
  lastError: string | null;
  accountCount: number;
  lastRun: { status: "running" | "succeeded" | "failed"; startedAt: string; added: number; modified: number; removed: number } | null;
}

/** Each bank connection with its latest sync run, for the overview's sync status card. */
export async function listConnectionStatuses(userId: string): Promise<ConnectionStatusView[]> {
  const rows = await prisma().bankConnection.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, institutionName: true, status: true, lastSyncAt: true, nextSyncAt: true, lastError: true,
      _count: { select: { accounts: true } },
      syncRuns: { orderBy: { startedAt: "desc" }, take: 1, select: { status: true, startedAt: true, added: true, modified: true, removed: true } },
    },
  });
  return rows.map((row) => {
    const run = row.syncRuns[0];
    return {
      id: row.id,
      institutionName: row.institutionName,
      status: row.status,
      lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
      nextSyncAt: row.nextSyncAt?.toISOString() ?? null,
      lastError: row.lastError,
      accountCount: row._count.accounts,
      lastRun: run ? { status: run.status, startedAt: run.startedAt.toISOString(), added: run.added, modified: run.modified, removed: run.removed } : null,
    };
  });
}
