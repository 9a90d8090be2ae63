/**
 * Whether an import job still has a worker. The job row says "pending" or "running", but a server that
 * stops mid-import (a restart, a crash, a serverless function cut off) leaves that row behind, so
 * liveness is kept where it dies with the worker:
 * - this process's registry of the jobs it queued or is running. The embedded database is used by one
 *   process only, so there a job this process does not know has no worker at all;
 * - on PostgreSQL, a session advisory lock the worker holds on a connection of its own (outside the
 *   pool, so running imports can never starve their own batches of connections) for the whole run.
 *   The server drops it the moment that connection goes away, whichever instance ran it, so another
 *   instance can tell "still running" from "abandoned" without guessing from timestamps.
 */
import pg from "pg";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { logWarn } from "@/lib/log";
import type { Tx } from "@/lib/sync/bulk-insert";

/** A queued job that has not started within this long after its upload is treated as lost. */
export const QUEUED_GRACE_MS = 60_000;

interface LocalWorker {
  queuedAt: number;
  started: boolean;
}

// On globalThis: the upload route, server actions and pages are separate bundles in one process.
const holder = globalThis as typeof globalThis & { fathomImportWorkers?: Map<string, LocalWorker> };
const workers = (): Map<string, LocalWorker> => (holder.fathomImportWorkers ??= new Map());

const LEASE_KEY_SQL = `hashtextextended('fathom:import-job:' || $1::text, 0)`;

/** Called when a job is queued, so a read in the moment before its worker starts does not reap it. */
export function registerQueuedImport(jobId: string): void {
  workers().set(jobId, { queuedAt: Date.now(), started: false });
}

/** Runs the job's worker while holding its lease; the lease ends with `work` (or with the process). */
export async function holdImportWorkerLease<T>(jobId: string, work: () => Promise<T>): Promise<T> {
  workers().set(jobId, { queuedAt: workers().get(jobId)?.queuedAt ?? Date.now(), started: true });
  try {
    const url = env().DATABASE_URL;
    if (database().kind === "embedded" || url === undefined) return await work();
    const connection = new pg.Client({ connectionString: url });
    // Unhandled, a dropped idle connection would crash the process; the batches carry on on the pool and
    // a reader that then finds the lease free ends the job, which the worker notices at its next batch.
    connection.on("error", (error) => logWarn("import lease connection closed", { importJobId: jobId, error: error.message }));
    await connection.connect();
    try {
      await connection.query(`SELECT pg_advisory_lock(${LEASE_KEY_SQL})`, [jobId]);
      return await work();
    } finally {
      // Closing the session releases the lock; an error here must not turn a finished import into a failure.
      await connection.end().catch(() => undefined);
    }
  } finally {
    workers().delete(jobId);
  }
}

/** True when this process is running the job, or queued it moments ago. */
export function hasLocalImportWorker(jobId: string, now = Date.now()): boolean {
  const worker = workers().get(jobId);
  return worker !== undefined && (worker.started || now - worker.queuedAt < QUEUED_GRACE_MS);
}

/**
 * Inside the caller's transaction: true when no worker anywhere holds the job's lease, and then keeps
 * it until the transaction ends (a late-starting worker waits, then finds the job already failed).
 */
export async function claimAbandonedImport(tx: Tx, jobId: string): Promise<boolean> {
  if (database().kind === "embedded") return !hasLocalImportWorker(jobId);
  if (hasLocalImportWorker(jobId)) return false;
  const rows = await tx.$queryRawUnsafe<Array<{ free: boolean }>>(`SELECT pg_try_advisory_xact_lock(${LEASE_KEY_SQL}) AS free`, jobId);
  return rows[0]?.free === true;
}
