/**
 * Stores an import's rows through the same pipeline as synced data (ingestCanonicalTransactions:
 * idempotent ids, dedup and cross-source merges, events, provider records, categorization), then the
 * budget hook in each batch's transaction and anomaly detection and alert fan-out after commit, the
 * way run-sync.ts does.
 *
 * Atomicity: each batch commits in its own transaction (visible progress; the embedded database has
 * one connection, so one giant transaction would stall every other request). Every row a job writes
 * carries its importJobId, so a job that fails part-way deletes all of its rows, their events, merge
 * records and provider records, and recomputes the balance: nothing is left half-written. A worker
 * that dies without cleaning up (the server stopped) is found by reapInterruptedImports through the
 * job's lease, which does the same. (A merge may have set "transfer"/"excluded" on a synced survivor;
 * those flags are the only residue.)
 */
import { detectAnomaliesForUser } from "@/lib/anomalies/detect-anomalies-for-user";
import { lockOwnedAccounts } from "@/lib/accounts/lock-owned-accounts";
import { recordAudit } from "@/lib/audit/record-audit";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { publishAlerts, type BudgetAlert } from "@/lib/budgets/evaluate-budget-alerts";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { database, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maskPersonalData } from "@/lib/imports/mask-personal-data";
import { logError, logInfo } from "@/lib/log";
import { afterTransactionsStored } from "@/lib/sync/after-transactions-stored";
import { categorizeAhead } from "@/lib/sync/categorize-ahead";
import { profileStep } from "@/lib/sync/sync-profile";
import { ingestCanonicalTransactions, type IngestRow, type RowCategory } from "@/lib/sync/ingest-canonical-transactions";
import { deleteImportedRows } from "./delete-imported-rows";
import { IMPORT_BATCH_ROWS } from "./import-limits";
import { holdImportWorkerLease } from "./import-worker-lease";
import { IMPORT_JOB_SELECT, toImportJobView, type ImportJobView } from "./import-job-view";

export interface RunImportOptions {
  /** The user's calendar date for budget periods; defaults to UTC today. */
  today?: string;
  batchRows?: number;
  /** Anomaly detection and alert fan-out after commit (off in the bench, which times the import alone). */
  afterCommit?: boolean;
  /** Test hook: throw after this many batches committed, to prove a failed job leaves nothing behind. */
  failAfterBatches?: number;
  /** Test hook: stop after this many batches like a killed worker (no cleanup, the job stays "running"). */
  abandonAfterBatches?: number;
  /** Test hook: called after each committed batch, while the worker holds its lease. */
  afterBatch?: (batch: number) => Promise<void>;
}

/** The job was ended by someone else (reapInterruptedImports) while this worker still ran: stop, clean nothing. */
class ImportJobTakenOver extends Error {}

export interface ImportWork {
  userId: string;
  jobId: string;
  accountId: string;
  rows: ReadonlyArray<IngestRow>;
}

const BATCH_TRANSACTION_TIMEOUT_MS = 120_000;
const ANOMALY_CHUNK = 10_000;

/** Never throws: a failure ends the job as "failed" with nothing stored. */
export async function runImportJob(work: ImportWork, options: RunImportOptions = {}): Promise<ImportJobView> {
  return holdImportWorkerLease(work.jobId, () => storeImport(work, options));
}

async function storeImport(work: ImportWork, options: RunImportOptions): Promise<ImportJobView> {
  const { userId, jobId, accountId, rows } = work;
  const startedAt = new Date();
  const today = options.today ?? startedAt.toISOString().slice(0, 10);
  const batchRows = Math.max(1, options.batchRows ?? IMPORT_BATCH_ROWS);
  const alerts: BudgetAlert[] = [];
  const storedIds: string[] = [];
  try {
    // Only a pending job starts: one already ended as interrupted (its worker was presumed gone) stays ended.
    const claimed = await prisma().importJob.updateMany({ where: { id: jobId, userId, status: "pending" }, data: { status: "running" } });
    if (claimed.count === 0) return readJob(userId, jobId);
    const context = await loadCategorizationContext(prisma(), userId);
    let ahead: Promise<Map<IngestRow, RowCategory>> | null = null;
    let lastBatchAdded = true;
    for (let start = 0, batch = 0; start < rows.length; start += batchRows, batch += 1) {
      if (options.failAfterBatches !== undefined && batch >= options.failAfterBatches) throw new Error("import interrupted (test hook)");
      if (options.abandonAfterBatches !== undefined && batch >= options.abandonAfterBatches) return readJob(userId, jobId);
      const slice = rows.slice(start, start + batchRows);
      const precategorized = ahead ? await ahead : undefined;
      const written: Promise<{ alerts: BudgetAlert[]; added: number }> = prisma().$transaction(
        async (tx) => {
          // Serializes imports into one account, so two uploads of one file cannot both insert its rows.
          await lockOwnedAccounts(tx, userId, [accountId]);
          // An account holding no rows but this import's (a new account, the common case) cannot have any of
          // this batch's: each row of a file has its own id. Checked under the lock, so a concurrent import of
          // the same file, committed first, is looked up as usual.
          const onlyThisImport = (await tx.$queryRaw<unknown[]>`
            SELECT 1 FROM "Transaction" WHERE "accountId" = ${accountId}::uuid AND "importJobId" IS DISTINCT FROM ${jobId}::uuid LIMIT 1`).length === 0;
          const result = await profileStep("import: ingest", () => ingestCanonicalTransactions(tx, {
            userId, source: "import", rows: slice, importJobId: jobId, deliveryStartedAt: startedAt, context, actor: `user:${userId}`, precategorized,
            isKnownNew: onlyThisImport ? () => true : undefined,
          }));
          storedIds.push(...result.transactionIds);
          const progressed = await tx.importJob.updateMany({
            where: { id: jobId, status: "running" },
            data: {
              processedRows: { increment: slice.length },
              importedRows: { increment: result.added - result.merged },
              duplicateRows: { increment: result.unchanged + result.modified },
              mergedRows: { increment: result.merged },
            },
          });
          if (progressed.count === 0) throw new ImportJobTakenOver();
          const batchAlerts = await profileStep("import: after stored", () => afterTransactionsStored(tx, { userId, transactionIds: result.transactionIds, correctableIds: result.correctableIds, dates: slice.map((row) => row.date), today }));
          return { alerts: batchAlerts, added: result.added };
        },
        { timeout: BATCH_TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
      );
      // The next batch is categorized while this one is written, unless the file has stopped adding rows
      // (a re-import finds everything stored and would categorize for nothing).
      const next = rows.slice(start + batchRows, start + 2 * batchRows);
      ahead = next.length && lastBatchAdded ? categorizeAhead(context, next) : null;
      const stored = await written;
      lastBatchAdded = stored.added > 0;
      alerts.push(...stored.alerts);
      await options.afterBatch?.(batch);
    }
    await prisma().$transaction(async (tx) => {
      await lockOwnedAccounts(tx, userId, [accountId]);
      await recomputeAccountBalance(tx, accountId);
      const ended = await tx.importJob.updateMany({ where: { id: jobId, status: "running" }, data: { status: "succeeded", finishedAt: new Date() } });
      if (ended.count === 0) throw new ImportJobTakenOver();
      const done = await tx.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { importedRows: true, duplicateRows: true, mergedRows: true, rejectedRows: true } });
      await recordAudit(tx, { userId, actor: `user:${userId}`, action: "import.completed", entityType: "ImportJob", entityId: jobId, after: { accountId, ...done } });
    });
  } catch (error) {
    if (!(error instanceof ImportJobTakenOver)) await failImport(userId, jobId, accountId, error);
    return readJob(userId, jobId);
  }
  logInfo("import finished", { importJobId: jobId, rows: rows.length, ms: Date.now() - startedAt.getTime() });
  if (options.afterCommit !== false) await runAfterCommit(userId, storedIds, today, alerts);
  return readJob(userId, jobId);
}

async function readJob(userId: string, jobId: string): Promise<ImportJobView> {
  const row = await prisma().importJob.findFirstOrThrow({ where: { id: jobId, userId }, select: IMPORT_JOB_SELECT });
  return toImportJobView(row, null);
}

/** Deletes everything the job wrote, so a failed import is as if it never ran, and says why in plain words. */
async function failImport(userId: string, jobId: string, accountId: string, error: unknown): Promise<void> {
  const message = error instanceof AppError ? error.message : "The import failed part-way; nothing from this file was stored. Try again.";
  // Database errors can quote row values (descriptions with card numbers, e-mail addresses): mask before logging.
  logError("import failed", new Error(maskPersonalData(error instanceof Error ? error.message : String(error))), { importJobId: jobId });
  try {
    await prisma().$transaction(async (tx) => {
      await lockOwnedAccounts(tx, userId, [accountId]).catch(() => new Map());
      await deleteImportedRows(tx, userId, jobId);
      await recomputeAccountBalance(tx, accountId);
      await tx.importJob.update({
        where: { id: jobId },
        data: { status: "failed", error: message, finishedAt: new Date(), processedRows: 0, importedRows: 0, duplicateRows: 0, mergedRows: 0 },
      });
    }, { timeout: BATCH_TRANSACTION_TIMEOUT_MS, maxWait: 30_000 });
  } catch (cleanup) {
    logError("import cleanup failed", new Error(maskPersonalData(cleanup instanceof Error ? cleanup.message : String(cleanup))), { importJobId: jobId });
  }
}

/** Anomaly detection reads committed history, so it runs after the batches commit; failures never fail the import. */
async function runAfterCommit(userId: string, transactionIds: string[], today: string, alerts: BudgetAlert[]): Promise<void> {
  try {
    await publishAlerts(alerts);
    for (let start = 0; start < transactionIds.length; start += ANOMALY_CHUNK) {
      await detectAnomaliesForUser(database().sql, { userId, transactionIds: transactionIds.slice(start, start + ANOMALY_CHUNK), today });
    }
  } catch (error) {
    logError("post-import hooks failed", error, { userId });
  }
}
