/**
 * Ends import jobs whose worker is gone (see import-worker-lease.ts). The upload itself is not kept,
 * so such a job cannot resume: it is marked failed with the reason in plain words, and every row it
 * had committed is deleted in the same transaction, the way a job that fails while running cleans up,
 * so an import is all or nothing even when the server stopped in the middle of it.
 * Runs on every read of a user's jobs and before a new upload, so nobody sees "running" forever.
 */
import { lockOwnedAccounts } from "@/lib/accounts/lock-owned-accounts";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { recordAudit } from "@/lib/audit/record-audit";
import { database, prisma } from "@/lib/db";
import { logWarn } from "@/lib/log";
import { deleteImportedRows } from "./delete-imported-rows";
import { claimAbandonedImport, QUEUED_GRACE_MS } from "./import-worker-lease";

export const INTERRUPTED_MESSAGE = "The import was interrupted (the server stopped while storing it); nothing from this file was stored. Upload it again.";
export const NEVER_STARTED_MESSAGE = "The import never started (the server stopped before storing it); nothing from this file was stored. Upload it again.";

/** Returns the ids of the jobs it ended. */
export async function reapInterruptedImports(userId: string, now = new Date()): Promise<string[]> {
  const open = await prisma().importJob.findMany({ where: { userId, status: { in: ["pending", "running"] } }, select: { id: true, status: true, createdAt: true } });
  const embedded = database().kind === "embedded";
  const reaped: string[] = [];
  for (const job of open) {
    // Another instance may be a moment away from starting a job it just queued; one process cannot be.
    if (job.status === "pending" && !embedded && now.getTime() - job.createdAt.getTime() < QUEUED_GRACE_MS) continue;
    if (await failAbandonedJob(userId, job.id)) reaped.push(job.id);
  }
  return reaped;
}

async function failAbandonedJob(userId: string, jobId: string): Promise<boolean> {
  return prisma().$transaction(async (tx) => {
    if (!(await claimAbandonedImport(tx, jobId))) return false;
    const [job] = await tx.$queryRaw<Array<{ accountId: string | null; status: string; processedRows: number }>>`
      SELECT "accountId", status::text AS status, "processedRows" FROM "ImportJob"
      WHERE id = ${jobId}::uuid AND "userId" = ${userId}::uuid AND status IN ('pending', 'running') FOR UPDATE`;
    if (!job) return false;
    if (job.accountId) await lockOwnedAccounts(tx, userId, [job.accountId]).catch(() => new Map());
    const deleted = await deleteImportedRows(tx, userId, jobId);
    if (job.accountId) await recomputeAccountBalance(tx, job.accountId);
    const error = job.status === "pending" ? NEVER_STARTED_MESSAGE : INTERRUPTED_MESSAGE;
    await tx.importJob.update({
      where: { id: jobId },
      data: { status: "failed", error, finishedAt: new Date(), processedRows: 0, importedRows: 0, duplicateRows: 0, mergedRows: 0 },
    });
    await recordAudit(tx, { userId, actor: "system:imports", action: "import.interrupted", entityType: "ImportJob", entityId: jobId, after: { deletedRows: deleted, processedRows: job.processedRows } });
    logWarn("interrupted import ended", { importJobId: jobId, deletedRows: deleted });
    return true;
  }, { timeout: 120_000, maxWait: 30_000 });
}
