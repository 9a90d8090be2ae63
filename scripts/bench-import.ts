/**
 * Statement import throughput: a generated 100,000-row CSV imported end to end (upload checks, parse,
 * mapping, ids, ingest with dedup, categorization, events, provider records, budget hook, balance) into
 * a fresh manual account, then the same file again (which must add nothing), on the embedded database
 * and (with BENCH_DATABASE_URL) on PostgreSQL. Anomaly detection after commit is not timed (as in bench:sync).
 * In the same run, before and after the import, a plain `INSERT … SELECT unnest` of the same rows into
 * Transaction is timed as the baseline; `ratioToBaseline` is baseline seconds / import seconds.
 *   npm run bench:import [-- --rows 100000 --batch 5000 --postgres-only --profile]
 * BENCH_DATABASE_URL must name a throwaway database: the benchmark migrates it and writes to it.
 * Prints one JSON line per database; the last line is PostgreSQL's when one is given.
 */
import os from "node:os";
import { registerUser } from "@/lib/auth/register-user";
import { closeDatabase, database, prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createRandom } from "@/lib/generator/create-random";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { IMPORT_BATCH_ROWS } from "@/lib/import-jobs/import-limits";
import { toIngestRows } from "@/lib/import-jobs/to-ingest-rows";
import { parseStatement } from "@/lib/imports/parse-statement";
import { newRowId } from "@/lib/new-row-id";
import { computeDedupKey } from "@/lib/sync/dedup/compute-dedup-key";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { enableSyncProfile, profileStep, takeSyncProfile } from "@/lib/sync/sync-profile";

const profile = process.argv.includes("--profile");

const WORDS = ["WHOLEFDS MKT", "SHELL OIL", "UBER TRIP", "SQ BLUE BOTTLE", "AMAZON MKTPL", "CHIPOTLE", "TARGET", "CVS PHARMACY", "LYFT RIDE", "NETFLIX.COM", "ACME PAYROLL", "CITY WATER"];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

/** Deterministic rows over about three years, in date order like a bank export, with a few exact twins. */
function generateCsv(rows: number): string {
  // The generator's mulberry32: its stream does not cycle within a benchmark (the former LCG in doubles did).
  const random = createRandom(11);
  const next = (below: number) => random.int(0, below - 1);
  const start = Date.parse("2023-01-01T00:00:00Z");
  const lines = ["Date,Description,Amount"];
  for (let i = 0; i < rows; i += 1) {
    const date = new Date(start + Math.floor((i / rows) * 1_095) * 86_400_000).toISOString().slice(0, 10);
    const word = WORDS[next(WORDS.length)] ?? "SHOP";
    const cents = word === "ACME PAYROLL" ? 250_000 + next(50_000) : -(100 + next(20_000));
    const line = `${date},${word} ${String(next(100_000)).padStart(5, "0")},${(cents / 100).toFixed(2)}`;
    lines.push(line);
    // Every 5,000th row appears twice: two real, identical purchases must both be stored.
    if (i % 5_000 === 0 && i + 1 < rows) {
      lines.push(line);
      i += 1;
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The baseline, in the same run: the file's rows as Transaction rows (the same columns the pipeline fills,
 * ids and keys computed beforehand) in one `INSERT … SELECT unnest`, into another account, then removed.
 */
async function baselineInsert(userId: string, csv: Uint8Array): Promise<number> {
  const account = await prisma().account.create({ data: { userId, source: "manual", type: "checking", name: "Baseline", currency: "USD" } });
  const parsed = parseStatement(csv, { defaultCurrency: "USD" });
  if (!parsed.ok) throw new Error(parsed.reason);
  const { rows } = toIngestRows(parsed.statement, { id: account.id, currency: "USD" });
  const now = new Date().toISOString();
  const columns = rows.map((row) => [newRowId(), userId, account.id, String(row.amount), row.currency, row.date, row.description, row.externalId, computeDedupKey(row), now]);
  const column = (index: number) => columns.map((values) => values[index]);
  const started = process.hrtime.bigint();
  await database().sql.query(
    `INSERT INTO "Transaction" (id, "userId", "accountId", source, amount, currency, pending, date, description, "externalId", "dedupKey", "createdAt", "updatedAt")
     SELECT u.id, u.user_id, u.account_id, 'import', u.amount, u.currency, false, u.date, u.description, u.external_id, u.dedup_key, u.at, u.at
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::timestamp[])
            AS u(id, user_id, account_id, amount, currency, date, description, external_id, dedup_key, at)`,
    Array.from({ length: 10 }, (_, index) => column(index)),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await prisma().account.delete({ where: { id: account.id } });
  return seconds;
}

async function run(label: "embedded" | "postgres", csv: string, rows: number, batchRows: number): Promise<Record<string, unknown>> {
  await applyMigrations(database().sql);
  const user = await registerUser({ name: "Bench", email: `bench-import-${Date.now()}@example.test`, password: "correct-horse-battery-staple" });
  const account = await prisma().account.create({ data: { userId: user.id, source: "manual", type: "checking", name: "Bench", currency: "USD" } });
  const bytes = new TextEncoder().encode(csv);
  const once = async () => {
    const started = process.hrtime.bigint();
    const queued = await profileStep("create job (parse)", () => createImportJob(user.id, { file: { name: "bench.csv", size: bytes.length, bytes: async () => bytes }, fields: { accountId: account.id } }, { afterCommit: false, batchRows }));
    const job = await queued.run();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (job.status !== "succeeded") throw new Error(`import failed: ${job.error}`);
    return { job, seconds, profile: takeSyncProfile() };
  };
  const loadBefore = os.loadavg()[0] ?? 0;
  const baselineBefore = await baselineInsert(user.id, bytes);
  const first = await once();
  const again = await once();
  const baselineAfter = await baselineInsert(user.id, bytes);
  const stored = await prisma().transaction.count({ where: { accountId: account.id } });
  const reviews = await prisma().transactionMerge.count({ where: { userId: user.id } });
  if (stored !== rows || again.job.importedRows !== 0) throw new Error(`expected ${rows} rows stored once, got ${stored} and ${again.job.importedRows} on re-import`);
  await closeDatabase();
  // The baseline is taken before and after the import; the faster of the two is the machine's best at the time.
  const baseline = Math.min(baselineBefore, baselineAfter);
  return {
    database: label, rows, batchRows, bytes: bytes.length, seconds: Number(first.seconds.toFixed(2)), rowsPerSecond: Math.round(rows / first.seconds),
    baselineInsertSeconds: Number(baseline.toFixed(2)), baselineRuns: [Number(baselineBefore.toFixed(2)), Number(baselineAfter.toFixed(2))],
    ratioToBaseline: Number((baseline / first.seconds).toFixed(3)),
    ...(profile ? { profile: first.profile, reimportProfile: again.profile } : {}),
    reimportSeconds: Number(again.seconds.toFixed(2)), reimportAdded: again.job.importedRows, stored, reviewItems: reviews,
    loadAverage: [Number(loadBefore.toFixed(1)), Number((os.loadavg()[0] ?? 0).toFixed(1))],
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  };
}

async function main(): Promise<void> {
  const rows = argument("rows", 100_000);
  const batchRows = argument("batch", IMPORT_BATCH_ROWS);
  const csv = generateCsv(rows);
  enableSyncProfile(profile);
  const postgresUrl = process.env.BENCH_DATABASE_URL;
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
  resetEnvCache();
  if (!process.argv.includes("--postgres-only")) console.log(JSON.stringify(await run("embedded", csv, rows, batchRows)));
  if (postgresUrl) {
    process.env.DATABASE_URL = postgresUrl;
    resetEnvCache();
    console.log(JSON.stringify(await run("postgres", csv, rows, batchRows)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
