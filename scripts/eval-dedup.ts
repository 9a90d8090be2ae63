/**
 * Dedup precision and recall through the real pipeline, against the generator's ground truth.
 *   npm run eval:dedup -- --seeds 1-5 [--months 2] [--explain] [--postgres, with BENCH_DATABASE_URL]
 * Per seed: a labelled history (re-delivered duplicates, corrections, pending rows posting under new
 * ids with tips, removals), synced daily from each mock bank through the sync engine on an embedded
 * database, then a statement import of the last month of every account (cross-source copies). Every
 * merge the engine made is checked against the planted pairs. The last line is a JSON summary.
 */
import { registerUser } from "@/lib/auth/register-user";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { closeDatabase, database, prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { bankViewAt } from "@/lib/generator/bank-view-at";
import { generateHistory } from "@/lib/generator/generate-history";
import type { MockBankId, PersonaKey } from "@/lib/generator/types";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { createDatasetProvider } from "@/lib/sync/create-dataset-provider";
import { ingestCanonicalTransactions } from "@/lib/sync/ingest-canonical-transactions";
import { runSync } from "@/lib/sync/run-sync";

function readArgs(argv: string[]): { seeds: number[]; months: number } {
  let seeds = [1, 2, 3, 4, 5];
  let months = 2;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--seeds") {
      const [from, to] = (argv[i + 1] ?? "").split("-").map(Number);
      if (!Number.isInteger(from) || (to !== undefined && !Number.isInteger(to))) throw new Error("--seeds takes N or N-M");
      seeds = [];
      for (let s = from ?? 1; s <= (to ?? from ?? 1); s += 1) seeds.push(s);
    }
    if (argv[i] === "--months") months = Number(argv[i + 1]);
  }
  return { seeds, months };
}

const PERSONAS: PersonaKey[] = ["us", "uk", "in"];
const MS_PER_DAY = 86_400_000;

/** A statement's rendering of a transaction: the booking date, title-cased text, no bank id. */
function statementDescription(description: string): string {
  return description.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

async function evaluateSeed(seed: number, months: number) {
  const persona = PERSONAS[(seed - 1) % PERSONAS.length] ?? "us";
  const { dataset, truth } = generateHistory({ seed, months, persona, startDate: "2024-01-01" });
  const user = await registerUser({ name: `Eval ${seed}`, email: `eval-${seed}-${Date.now()}@example.test`, password: "correct-horse-battery-staple" });
  const banks = [...new Set(dataset.accounts.map((a) => a.bankId))] as MockBankId[];
  const expected = new Set<string>();
  for (const d of truth.duplicates) expected.add(`${d.duplicateOf}>${d.id}`);
  for (const p of truth.pendingPosted) if (p.pendingId !== p.postedId) expected.add(`${p.postedId}>${p.pendingId}`);

  for (const bank of banks) {
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: bank, institutionName: bank, status: "active" } });
    const clock = { instant: "" };
    const provider = createDatasetProvider({ dataset, bank, clock, pageSize: 500 });
    for (let t = Date.parse(dataset.startsAt) + MS_PER_DAY - 3_600_000; t < Date.parse(dataset.endsAt); t += MS_PER_DAY) {
      clock.instant = new Date(t).toISOString();
      const outcome = await runSync(user.id, connection.id, { trigger: "schedule", session: { provider, accessToken: async () => "eval" }, today: clock.instant.slice(0, 10), afterCommit: false });
      if (outcome.status !== "succeeded") throw new Error(`sync failed: ${outcome.error}`);
    }
  }

  // Cross-source copies: a statement of the last month of each account, imported after the syncs.
  const end = new Date(Date.parse(dataset.endsAt) - 3_600_000).toISOString();
  const view = bankViewAt(dataset, end);
  const duplicateIds = new Set(truth.duplicates.map((d) => d.id));
  const accounts = await prisma().account.findMany({ where: { userId: user.id }, select: { id: true, providerAccountId: true } });
  const accountIdByBankId = new Map(accounts.map((a) => [a.providerAccountId, a.id]));
  const monthStart = new Date(Date.parse(dataset.endsAt) - 30 * MS_PER_DAY).toISOString().slice(0, 10);
  const statement = view.transactions.filter((tx) => !tx.pending && !duplicateIds.has(tx.id) && (tx.postedAt ?? "").slice(0, 10) >= monthStart);
  const context = await loadCategorizationContext(prisma(), user.id);
  await prisma().$transaction(
    (tx) =>
      ingestCanonicalTransactions(tx, {
        userId: user.id,
        source: "import",
        deliveryStartedAt: new Date(),
        context,
        rows: statement.map((tx) => ({
          accountId: accountIdByBankId.get(tx.accountId) ?? "",
          externalId: null,
          amount: tx.amount,
          currency: tx.currency,
          pending: false,
          date: (tx.postedAt ?? tx.date).slice(0, 10),
          description: statementDescription(tx.description),
          payload: { statementRef: tx.id, line: tx.description },
        })),
      }),
    { timeout: 120_000 },
  );
  for (const tx of statement) expected.add(`${tx.id}>import:${tx.id}`);

  const rows = await prisma().transaction.findMany({ where: { userId: user.id }, select: { id: true, externalId: true, source: true } });
  const records = await prisma().providerRecord.findMany({ where: { userId: user.id, importJobId: null, connectionId: null }, select: { transactionId: true, payload: true } });
  const statementRef = new Map(records.map((record) => [record.transactionId, (record.payload as { statementRef?: string } | null)?.statementRef]));
  const label = new Map(rows.map((row) => [row.id, row.source === "import" ? `import:${statementRef.get(row.id)}` : (row.externalId ?? row.id)]));
  const stored = new Set(label.values());
  // A pair can only be found when both rows reached us (a pending row that posted between two syncs never did).
  const findable = [...expected].filter((pair) => pair.split(">").every((id) => stored.has(id)));
  const merges = await prisma().transactionMerge.findMany({ where: { userId: user.id, status: "merged" }, select: { survivorId: true, mergedId: true } });
  const reviews = await prisma().transactionMerge.count({ where: { userId: user.id, status: "review" } });
  const made = merges.map((m) => `${label.get(m.survivorId)}>${label.get(m.mergedId)}`);
  const correct = made.filter((pair) => expected.has(pair)).length;
  const madeSet = new Set(made);
  const missed = findable.filter((pair) => !madeSet.has(pair));
  return {
    seed, persona, rows: rows.length, merges: made.length, correct, expected: findable.length, reviews, wrong: made.filter((pair) => !expected.has(pair)),
    ...(explain ? { missed: await explainMisses(user.id, missed, label) } : { missed: missed.length }),
  };
}

const explain = process.argv.includes("--explain");

/** For --explain: each missed pair with what the engine did with its rows (a review item with its reasons, or nothing). */
async function explainMisses(userId: string, missed: string[], label: ReadonlyMap<string, string>) {
  const idOf = new Map([...label].map(([id, name]) => [name, id]));
  const rows = await prisma().transaction.findMany({
    where: { userId, id: { in: missed.flatMap((pair) => pair.split(">").map((name) => idOf.get(name) ?? "")).filter(Boolean) } },
    select: { id: true, source: true, date: true, amount: true, description: true, mergedIntoId: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const reviews = await prisma().transactionMerge.findMany({ where: { userId, mergedId: { in: rows.map((r) => r.id) } }, select: { survivorId: true, mergedId: true, status: true, score: true, reasons: true } });
  return missed.map((pair) => {
    const [a, b] = pair.split(">").map((name) => byId.get(idOf.get(name) ?? ""));
    const show = (row: typeof a) => (row ? `${row.source} ${row.date.toISOString().slice(0, 10)} ${row.amount} ${row.description}${row.mergedIntoId ? " (merged elsewhere)" : ""}` : "?");
    const decisions = reviews.filter((r) => r.mergedId === b?.id || r.mergedId === a?.id || r.survivorId === a?.id || r.survivorId === b?.id);
    return { pair, survivor: show(a), merged: show(b), decisions: decisions.map((d) => ({ status: d.status, score: d.score, reasons: d.reasons, withExpected: d.survivorId === a?.id && d.mergedId === b?.id })) };
  });
}

async function main(): Promise<void> {
  const { seeds, months } = readArgs(process.argv.slice(2));
  // --postgres runs on BENCH_DATABASE_URL (a throwaway database: it is migrated and written to) instead of an in-memory PGlite.
  const postgresUrl = process.argv.includes("--postgres") ? process.env.BENCH_DATABASE_URL : undefined;
  if (process.argv.includes("--postgres") && !postgresUrl) throw new Error("--postgres needs BENCH_DATABASE_URL");
  process.env.PGLITE_DATA_DIR = "memory://";
  if (postgresUrl) process.env.DATABASE_URL = postgresUrl;
  else delete process.env.DATABASE_URL;
  resetEnvCache();
  await applyMigrations(database().sql);
  const started = Date.now();
  const results = [];
  for (const seed of seeds) {
    const result = await evaluateSeed(seed, months);
    results.push(result);
    console.log(JSON.stringify(result));
  }
  const merges = results.reduce((sum, r) => sum + r.merges, 0);
  const correct = results.reduce((sum, r) => sum + r.correct, 0);
  const expected = results.reduce((sum, r) => sum + r.expected, 0);
  const rows = results.reduce((sum, r) => sum + r.rows, 0);
  const reviews = results.reduce((sum, r) => sum + r.reviews, 0);
  await closeDatabase();
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  console.log(
    JSON.stringify({
      seeds: seeds.length, months, precision: merges ? round(correct / merges) : 1, recall: expected ? round(correct / expected) : 1,
      merges, correct, expected, reviews, rows, seconds: Math.round((Date.now() - started) / 100) / 10,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
