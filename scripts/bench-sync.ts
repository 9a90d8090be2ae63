/**
 * Sync engine throughput: an initial sync of 10,000 transactions per bank, a no-op incremental sync and
 * one with 1% of rows changed, on the embedded database and (with BENCH_DATABASE_URL) on PostgreSQL,
 * against a plain bulk insert of the same rows in the same run as the baseline.
 *   npm run bench:sync [-- --rows 10000] [--span-days 365] [--banks bank-a,bank-b,bank-c] [--profile] [--postgres-only]
 * --profile prints per-step timings (performance.now) of each sync to stderr, with the CPU time of this
 * process and of the local PostgreSQL's processes during it. --span-days spreads the rows
 * over that many days before the sync (until the third cut they fell within ~50 days by mistake).
 * The no-op and 1% syncs run the same day as the initial one, so banks without deltas read a window; a
 * last sync the next day is the daily full reconciliation (incremental_full_*), which also picks up the
 * corrections older than the window.
 * BENCH_DATABASE_URL must name a throwaway database: the benchmark migrates it and writes to it.
 * The last line is the JSON summary for PostgreSQL (embedded when no PostgreSQL is given).
 */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { registerUser } from "@/lib/auth/register-user";
import type { BankProvider } from "@/lib/banks/provider";
import { closeDatabase, database, prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { generateHistory } from "@/lib/generator/generate-history";
import { normalizeMerchant } from "@/lib/categorize/normalize-merchant";
import type { GeneratedAccount, GeneratedDataset, GeneratedTransaction, MockBankId } from "@/lib/generator/types";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { bulkInsert } from "@/lib/sync/bulk-insert";
import { createDatasetProvider } from "@/lib/sync/create-dataset-provider";
import { computeDedupKey } from "@/lib/sync/dedup/compute-dedup-key";
import { newRowId } from "@/lib/new-row-id";
import { runSync } from "@/lib/sync/run-sync";
import { enableSyncProfile, takeSyncProfile } from "@/lib/sync/sync-profile";

const PROFILE = process.argv.includes("--profile");
const ALL_BANKS: MockBankId[] = ["bank-a", "bank-b", "bank-c"];
const banksArg = process.argv.indexOf("--banks");
/** --banks bank-a,bank-c times only those (the dataset still holds all three). */
const BANKS: MockBankId[] = banksArg >= 0 ? ALL_BANKS.filter((bank) => (process.argv[banksArg + 1] ?? "").split(",").includes(bank)) : ALL_BANKS;
const MS_PER_DAY = 86_400_000;
const SYNC_AT = "2025-01-01T12:00:00.000Z";
const CHANGED_AT = "2025-01-01T13:00:00.000Z";
const RESYNC_AT = "2025-01-01T14:00:00.000Z";
const NEXT_DAY_AT = "2025-01-02T12:00:00.000Z";
const WORDS = ["WHOLEFDS MKT", "SHELL OIL", "UBER TRIP", "SQ BLUE BOTTLE", "AMAZON MKTPL", "CHIPOTLE", "TARGET", "CVS PHARMACY", "LYFT RIDE", "NETFLIX.COM"];

/** Deterministic dataset: one account per bank with `rows` settled transactions over the past year, 1% corrected after the first sync. */
function buildDataset(rows: number, spanDays: number): GeneratedDataset {
  const base = generateHistory({ seed: 1, months: 1, persona: "us" }).dataset;
  const accounts: GeneratedAccount[] = ALL_BANKS.map((bankId, index) => ({
    id: `acc_bench_${index}`, bankId, name: `Bench ${bankId}`, type: "checking", currency: "USD", mask: `00${index}1`, openingBalance: 1_000_000, creditLimit: null, balanceHistory: [],
  }));
  const transactions: GeneratedTransaction[] = [];
  // mulberry32: the earlier power-of-two LCG repeated its low bits, so about half the rows were exact
  // copies (same amount, day and text) and the run timed thousands of duplicate merges, not a sync.
  let state = 7;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (const account of accounts) {
    for (let i = 0; i < rows; i += 1) {
      // (next() is 32-bit: a modulus of a year in milliseconds left every row within ~50 days.)
      const at = new Date(Date.parse(SYNC_AT) - MS_PER_DAY - (next() % spanDays) * MS_PER_DAY - (next() % MS_PER_DAY)).toISOString();
      const amount = -(100 + (next() % 20_000));
      const description = `${WORDS[next() % WORDS.length]} ${String(next() % 100_000).padStart(5, "0")}`;
      const changed = i % 100 === 0;
      transactions.push({
        id: `txn_${account.bankId}_${i}`, accountId: account.id, currency: "USD", date: at.slice(0, 10), authorizedAt: at, postedAt: at, appearsAt: at, removedAt: null,
        amount: changed ? amount - 100 : amount, description, merchantName: null, merchantCity: null, mcc: null, category: "shopping", pendingTransactionId: null,
        earlierVersions: changed ? [{ amount, description, validUntil: CHANGED_AT }] : [],
      });
    }
  }
  transactions.sort((a, b) => (a.authorizedAt < b.authorizedAt ? -1 : 1));
  return { ...base, startsAt: "2023-12-01T00:00:00.000Z", endsAt: "2025-02-01T00:00:00.000Z", accounts, transactions };
}

/**
 * CPU milliseconds so far of this process and of the local postgres processes (from /proc on Linux; 0
 * elsewhere): with --profile, whether the engine's work and the database's overlap or take turns.
 */
function cpuSplit(): { node: number; postgres: number } {
  const usage = process.cpuUsage();
  let postgres = 0;
  try {
    const msPerTick = 10;
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        if (!stat.includes("(postgres)")) continue;
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        postgres += (Number(fields[11]) + Number(fields[12])) * msPerTick;
      } catch {
        // the process ended while we read
      }
    }
  } catch {
    // no /proc
  }
  return { node: Math.round((usage.user + usage.system) / 1000), postgres };
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

const BASELINE_COLUMNS = [
  { name: "id", type: "uuid" }, { name: "userId", type: "uuid" }, { name: "accountId", type: "uuid" }, { name: "source", type: "enum:TransactionSource" },
  { name: "amount", type: "bigint" }, { name: "currency", type: "text" }, { name: "pending", type: "boolean" }, { name: "date", type: "date" },
  { name: "description", type: "text" }, { name: "externalId", type: "text" }, { name: "dedupKey", type: "text" }, { name: "createdAt", type: "timestamp" },
  { name: "updatedAt", type: "timestamp" },
];
/** What a synced row also stores: its timestamps, merchant (trigram-indexed) and category (a foreign key). */
const STORED_ROW_COLUMNS = [
  { name: "authorizedAt", type: "timestamp" }, { name: "postedAt", type: "timestamp" }, { name: "merchantName", type: "text" }, { name: "categoryId", type: "uuid" },
  { name: "categorySource", type: "enum:CategorySource" }, { name: "categoryConfidence", type: "float8" },
];

/**
 * The baseline: the same rows inserted into Transaction with one bulk statement, nothing else (no lookup,
 * dedup, history, raw payloads or categorizing). "full" writes the columns a synced row holds, "minimal"
 * only the 13 required ones (the figure published before; it leaves out the merchant's trigram index and
 * the category's foreign key).
 */
async function baselineInsert(userId: string, accountId: string, dataset: GeneratedDataset, bank: MockBankId, shape: "full" | "minimal"): Promise<number> {
  const category = await prisma().category.findFirstOrThrow({ where: { userId, systemKey: "shopping" }, select: { id: true } });
  const rows = dataset.transactions
    .filter((tx) => tx.accountId === dataset.accounts.find((a) => a.bankId === bank)?.id)
    .map((tx) => {
      const now = new Date();
      const base = [newRowId(), userId, accountId, "sync", String(tx.amount), tx.currency, false, tx.date, tx.description, `${shape}_${tx.id}`, computeDedupKey({ ...tx, accountId }), now, now];
      return shape === "minimal" ? base : [...base, tx.authorizedAt, tx.postedAt, normalizeMerchant(tx.description), category.id, "builtin", 0.9];
    });
  const columns = shape === "minimal" ? BASELINE_COLUMNS : [...BASELINE_COLUMNS, ...STORED_ROW_COLUMNS];
  const { ms } = await time(() => prisma().$transaction((tx) => bulkInsert(tx, "Transaction", columns, rows), { timeout: 120_000 }));
  return ms;
}

/**
 * An untimed initial sync of 1,000 rows per bank for another user first, so the first timed bank does not
 * pay for compiling the engine's code paths (it used to be the slowest by seconds for that alone).
 */
async function warmUp(spanDays: number): Promise<void> {
  const dataset = buildDataset(1_000, spanDays);
  const user = await registerUser({ name: "Warm-up", email: `warm-${Date.now()}@example.test`, password: "correct-horse-battery-staple" });
  for (const bank of ALL_BANKS) {
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: bank, institutionName: bank, status: "active" } });
    const session = { provider: createDatasetProvider({ dataset, bank, clock: { instant: SYNC_AT }, pageSize: 500 }), accessToken: async () => "bench" };
    await runSync(user.id, connection.id, { trigger: "manual", session, afterCommit: false, today: SYNC_AT.slice(0, 10) });
  }
  takeSyncProfile();
}

/**
 * Requests every page a first sync asks for (no cursor, no known version), so the provider's response cache
 * holds them and the timed sync receives the bank's bytes as if from the network: the mock bank renders
 * them in this process, a cost a real bank's servers bear (a third of BankC's sync before). The timed sync
 * still parses and normalizes every page. A request it makes differently is simply rendered then.
 */
async function receiveFirstSyncPages(provider: BankProvider): Promise<void> {
  await provider.fetchAccounts("bench");
  let page: string | null = null;
  do page = (await provider.fetchTransactionsPage("bench", { cursor: null, page, knownVersion: null })).nextPage;
  while (page !== null);
}

/**
 * VACUUM ANALYZE after a bank's runs, as autovacuum does within a minute in production: otherwise the next
 * bank's initial sync merges the trigram indexes' pending lists of every row written so far, baselines
 * included, and plans with statistics from before 40,000 inserts.
 */
async function settleDatabase(kind: "embedded" | "postgres"): Promise<void> {
  if (kind === "postgres") await database().sql.query(`VACUUM ANALYZE "Transaction", "TransactionEvent", "ProviderRecord"`);
}

async function benchDatabase(kind: "embedded" | "postgres", rows: number, spanDays: number) {
  await applyMigrations(database().sql);
  const dataset = buildDataset(rows, spanDays);
  const user = await registerUser({ name: "Bench", email: `bench-${Date.now()}@example.test`, password: "correct-horse-battery-staple" });
  await warmUp(spanDays);
  const perBank = [];
  for (const bank of BANKS) {
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: bank, institutionName: bank, status: "active" } });
    const clock = { instant: SYNC_AT };
    const responseCache = new Map<string, string | Uint8Array>();
    const session = { provider: createDatasetProvider({ dataset, bank, clock, pageSize: 500, responseCache }), accessToken: async () => "bench" };
    await receiveFirstSyncPages(session.provider);
    const options = { trigger: "manual" as const, session, afterCommit: false, today: SYNC_AT.slice(0, 10) };
    const profiled = async (label: string, today = options.today) => {
      const cpuBefore = PROFILE ? cpuSplit() : null;
      const run = await time(() => runSync(user.id, connection.id, { ...options, today }));
      if (cpuBefore) {
        const cpu = cpuSplit();
        const cpuMs = { node: cpu.node - cpuBefore.node, postgres: cpu.postgres - cpuBefore.postgres };
        console.error(JSON.stringify({ database: kind, bank, sync: label, total_ms: Math.round(run.ms), cpu_ms: cpuMs, steps: takeSyncProfile() }));
      }
      return run;
    };
    const initial = await profiled("initial");
    if (initial.value.added !== rows) throw new Error(`${bank}: expected ${rows} added, got ${initial.value.added} (${initial.value.error})`);
    const noop = await profiled("noop");
    clock.instant = RESYNC_AT;
    const changed = await profiled("1pct");
    clock.instant = NEXT_DAY_AT;
    const full = await profiled("full next day", NEXT_DAY_AT.slice(0, 10));
    const baseAccount = await prisma().account.create({ data: { userId: user.id, source: "manual", type: "checking", name: `Baseline ${bank}`, currency: "USD" } });
    const baselineMs = await baselineInsert(user.id, baseAccount.id, dataset, bank, "full");
    const minimalMs = await baselineInsert(user.id, baseAccount.id, dataset, bank, "minimal");
    await settleDatabase(kind);
    perBank.push({
      bank,
      rows,
      initial_s: Math.round(initial.ms) / 1000,
      initial_rows_per_s: Math.round((rows / initial.ms) * 1000),
      incremental_noop_ms: Math.round(noop.ms),
      incremental_1pct_ms: Math.round(changed.ms),
      incremental_1pct_modified: changed.value.modified,
      incremental_full_ms: Math.round(full.ms),
      incremental_full_modified: full.value.modified,
      baseline_s: Math.round(baselineMs) / 1000,
      baseline_rows_per_s: Math.round((rows / baselineMs) * 1000),
      ratio_to_baseline: Math.round((baselineMs / initial.ms) * 1000) / 1000,
      baseline_minimal_s: Math.round(minimalMs) / 1000,
      ratio_to_minimal_baseline: Math.round((minimalMs / initial.ms) * 1000) / 1000,
    });
  }
  const summary = {
    database: kind,
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    rows_per_bank: rows,
    span_days: spanDays,
    initial_10k_s: Math.max(...perBank.map((b) => b.initial_s)),
    incremental_noop_ms: Math.max(...perBank.map((b) => b.incremental_noop_ms)),
    incremental_1pct_ms: Math.max(...perBank.map((b) => b.incremental_1pct_ms)),
    ratio_to_baseline: Math.min(...perBank.map((b) => b.ratio_to_baseline)),
    ratio_to_minimal_baseline: Math.min(...perBank.map((b) => b.ratio_to_minimal_baseline)),
    load_average: os.loadavg().map((load) => Math.round(load * 100) / 100),
    banks: perBank,
  };
  await closeDatabase();
  return summary;
}

async function main(): Promise<void> {
  const rowsArg = process.argv.indexOf("--rows");
  const rows = rowsArg >= 0 ? Number(process.argv[rowsArg + 1]) : 10_000;
  const spanArg = process.argv.indexOf("--span-days");
  const spanDays = spanArg >= 0 ? Number(process.argv[spanArg + 1]) : 365;
  const postgresUrl = process.env.BENCH_DATABASE_URL;
  process.env.LOG_LEVEL = "warn";
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
  resetEnvCache();
  enableSyncProfile(PROFILE);
  const results = [];
  if (!(postgresUrl && process.argv.includes("--postgres-only"))) {
    results.push(await benchDatabase("embedded", rows, spanDays));
    console.log(JSON.stringify(results[0]));
  }
  if (postgresUrl) {
    process.env.DATABASE_URL = postgresUrl;
    resetEnvCache();
    results.push(await benchDatabase("postgres", rows, spanDays));
    console.log(JSON.stringify(results[results.length - 1]));
  }
  const last = results[results.length - 1];
  if (last) {
    const { banks: _banks, ...headline } = last;
    console.log(JSON.stringify(headline));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
