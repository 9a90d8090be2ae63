import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { database, prisma } from "@/lib/db";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import type { UploadedFile } from "@/lib/import-jobs/import-input";
import type { RunImportOptions } from "@/lib/import-jobs/run-import-job";
import { getImportJob, listImportJobs } from "@/lib/import-jobs/list-import-jobs";
import { INTERRUPTED_MESSAGE, NEVER_STARTED_MESSAGE, reapInterruptedImports } from "@/lib/import-jobs/reap-interrupted-imports";
import { createManualAccount, createUser } from "../helpers/factories";
import { testServerUrl } from "../helpers/test-database-url";

const TODAY = "2026-03-31";
const CSV = ["Date,Description,Amount", "2026-03-02,COFFEE BEAN,-4.50", "2026-03-02,COFFEE BEAN,-4.50", "2026-03-03,ACME PAYROLL,2500.00", "2026-03-05,GROCER 42,-61.20"].join("\n");

function upload(text: string): UploadedFile {
  const bytes = new TextEncoder().encode(text);
  return { name: "statement.csv", size: bytes.length, bytes: async () => bytes };
}

async function runImport(userId: string, accountId: string, options: RunImportOptions = {}) {
  const queued = await createImportJob(userId, { file: upload(CSV), fields: { accountId } }, { today: TODAY, afterCommit: false, ...options });
  return queued.run();
}

async function leftovers(userId: string, accountId: string) {
  return {
    rows: await prisma().transaction.count({ where: { accountId } }),
    records: await prisma().providerRecord.count({ where: { userId } }),
    balance: (await prisma().account.findUniqueOrThrow({ where: { id: accountId } })).currentBalance,
  };
}

describe("interrupted imports", () => {
  it("ends a job whose worker died part-way as failed on the next read, with nothing it wrote left behind", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    // The worker commits one batch of two rows and then stops like a killed server: no cleanup at all.
    const abandoned = await runImport(user.id, account, { batchRows: 2, abandonAfterBatches: 1 });
    expect(abandoned).toMatchObject({ status: "running", processedRows: 2 });
    expect((await leftovers(user.id, account)).rows).toBe(2);

    // Another user's reads never touch it.
    const bob = await createUser("Bob");
    expect(await listImportJobs(bob.id)).toEqual([]);
    expect((await prisma().importJob.findUniqueOrThrow({ where: { id: abandoned.id } })).status).toBe("running");

    const seen = await getImportJob(user.id, abandoned.id);
    expect(seen).toMatchObject({ status: "failed", error: INTERRUPTED_MESSAGE, processedRows: 0, importedRows: 0 });
    expect(seen.finishedAt).not.toBeNull();
    expect(await leftovers(user.id, account)).toEqual({ rows: 0, records: 0, balance: 0n });
    const audit = await prisma().auditLog.findFirst({ where: { userId: user.id, action: "import.interrupted", entityId: abandoned.id } });
    expect(audit?.after).toMatchObject({ deletedRows: 2, processedRows: 2 });
    expect(await reapInterruptedImports(user.id)).toEqual([]);

    // The same file imports in full afterwards (the half-written rows did not count as already imported).
    expect(await runImport(user.id, account)).toMatchObject({ status: "succeeded", importedRows: 4, duplicateRows: 0 });
  });

  it("never ends a job whose worker is alive, and that worker finishes it", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const whileRunning: string[] = [];
    const job = await runImport(user.id, account, {
      batchRows: 2,
      afterBatch: async (batch) => {
        if (batch === 0) whileRunning.push(...(await listImportJobs(user.id)).map((j) => j.status));
      },
    });
    expect(whileRunning).toEqual(["running"]);
    expect(job).toMatchObject({ status: "succeeded", importedRows: 4 });
    expect(await leftovers(user.id, account)).toMatchObject({ rows: 4, records: 4 });
  });

  it("ends a job queued by a server that stopped before starting it", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const createdAt = new Date(Date.now() - 5 * 60_000);
    const job = await prisma().importJob.create({
      data: { userId: user.id, accountId: account, fileName: "lost.csv", fileHash: "0".repeat(64), format: "csv", status: "pending", totalRows: 4, createdAt },
    });
    const [seen] = await listImportJobs(user.id);
    expect(seen).toMatchObject({ id: job.id, status: "failed", error: NEVER_STARTED_MESSAGE });
  });

  it.skipIf(testServerUrl() === null)("on PostgreSQL, leaves a job alone while another server's worker holds its lease", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const job = await prisma().importJob.create({
      data: { userId: user.id, accountId: account, fileName: "remote.csv", fileHash: "0".repeat(64), format: "csv", status: "running", totalRows: 4 },
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => undefined;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // Another instance's worker: its own connection holding the job's lease (see import-worker-lease.ts).
    const remote = database().sql.transaction(async (connection) => {
      await connection.query(`SELECT pg_advisory_xact_lock(hashtextextended('fathom:import-job:' || $1::text, 0))`, [job.id]);
      locked();
      await held;
    });
    await lockTaken;
    expect(await reapInterruptedImports(user.id)).toEqual([]);
    release();
    await remote;
    expect(await reapInterruptedImports(user.id)).toEqual([job.id]);
  });

  it.skipIf(testServerUrl() === null)("on PostgreSQL, ends the job of a worker process killed mid-import (SIGKILL) and keeps nothing it wrote", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    // A separate server process: it commits one batch, reports it, then hangs until killed.
    const worker = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `
      const { createImportJob } = await import("@/lib/import-jobs/create-import-job");
      const bytes = new TextEncoder().encode(process.env.IMPORT_CSV);
      const queued = await createImportJob(process.env.IMPORT_USER, { file: { name: "killed.csv", size: bytes.length, bytes: async () => bytes }, fields: { accountId: process.env.IMPORT_ACCOUNT } }, { batchRows: 2, afterCommit: false,
        afterBatch: async () => { process.stdout.write("COMMITTED " + queued.job.id + "\\n"); await new Promise(() => undefined); } });
      await queued.run();
    `], { env: { ...process.env, IMPORT_USER: user.id, IMPORT_ACCOUNT: account, IMPORT_CSV: CSV }, stdio: ["ignore", "pipe", "inherit"] });
    const jobId = await new Promise<string>((resolve, reject) => {
      let output = "";
      worker.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const found = /COMMITTED ([0-9a-f-]{36})/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      worker.on("exit", (code) => reject(new Error(`worker exited (${code}) before committing a batch: ${output.slice(-500)}`)));
    });
    // While it lives, its job is left alone; then the server is killed without any chance to clean up.
    expect(await reapInterruptedImports(user.id)).toEqual([]);
    expect((await leftovers(user.id, account)).rows).toBe(2);
    const exited = new Promise((resolve) => worker.on("exit", resolve));
    worker.kill("SIGKILL");
    await exited;

    // PostgreSQL notices the dropped connection and frees the lease; the next read ends the job.
    let seen = await getImportJob(user.id, jobId);
    for (let attempt = 0; seen.status === "running" && attempt < 50; attempt += 1) seen = await getImportJob(user.id, jobId);
    expect(seen).toMatchObject({ status: "failed", error: INTERRUPTED_MESSAGE });
    expect(await leftovers(user.id, account)).toEqual({ rows: 0, records: 0, balance: 0n });
  }, 120_000);
});
