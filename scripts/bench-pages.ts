/**
 * Page data timings: loads 200,000 transactions for one user (5 years, 4 accounts, categorized,
 * with splits, transfers and merged rows) into BENCH_DATABASE_URL with set-based SQL, then times the
 * overview's data functions (getOverview) and the analytics page's reports, server-side, warm.
 *   BENCH_DATABASE_URL=postgres://… npm run bench:pages [-- --rows 200000 --runs 7]
 * BENCH_DATABASE_URL must name a throwaway database: the benchmark migrates it and writes to it.
 * The last line is the JSON summary.
 */
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getCashFlowReport, getCategoryTrendReport, getComparisonReport, getMerchantsReport, getNetWorthReport } from "@/lib/analytics/get-analytics-report";
import { getOverview } from "@/lib/analytics/get-overview";
import { resolveDateRange } from "@/lib/analytics/resolve-date-range";
import { registerUser } from "@/lib/auth/register-user";
import { closeDatabase, database } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { getInsights } from "@/lib/insights/get-insights";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value && Number.isFinite(value) ? value : fallback;
}

const ROWS = option("rows", 200_000);
const RUNS = option("runs", 7);
const NOW = new Date("2026-03-15T12:00:00Z");

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function summarize(samples: number[]): { medianMs: number; p95Ms: number; maxMs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}

async function load(userId: string): Promise<void> {
  const { sql } = database();
  const accounts = ["checking", "savings", "credit_card", "investment"];
  for (const [index, type] of accounts.entries()) {
    await sql.query(
      `INSERT INTO "Account" (id, "userId", source, type, name, currency, "openingBalance", "currentBalance", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), $1::uuid, 'manual', $2::"AccountType", $3, 'USD', 0, $4, now(), now())`,
      [userId, type, `Bench ${type}`, index === 2 ? -250_000 : 1_000_000 * (index + 1)],
    );
  }
  // Leaf categories only (children of the ten top-level ones), as a categorizer would assign them.
  await sql.query(
    `WITH acc AS (SELECT array_agg(id ORDER BY name) AS ids FROM "Account" WHERE "userId" = $1::uuid),
          cat AS (SELECT array_agg(id ORDER BY name) AS ids FROM "Category" WHERE "userId" = $1::uuid AND "parentId" IS NOT NULL)
     INSERT INTO "Transaction" (id, "userId", "accountId", source, amount, currency, "date", description, "merchantName", "categoryId", "categorySource", "isTransfer", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, acc.ids[1 + (g % 4)], 'sync',
            CASE WHEN g % 20 = 0 THEN 150000 + (g % 5000) ELSE -(100 + (g * 7919) % 20000) END, 'USD',
            DATE '2026-03-15' - (g % 1826), 'BENCH MERCHANT ' || (g % 400), 'Merchant ' || (g % 400),
            cat.ids[1 + (g % array_length(cat.ids, 1))], 'rule', g % 50 = 0, now(), now()
       FROM generate_series(1, $2::int) AS g, acc, cat`,
    [userId, ROWS],
  );
  // A sprinkle of merged rows and splits, so the exclusions and the split join do real work.
  await sql.query(
    `UPDATE "Transaction" t SET "mergedIntoId" = t.id WHERE t."userId" = $1::uuid AND t.id IN (SELECT id FROM "Transaction" WHERE "userId" = $1::uuid ORDER BY id LIMIT 500)`,
    [userId],
  );
  await sql.query(
    `INSERT INTO "TransactionSplit" (id, "userId", "transactionId", "categoryId", amount)
     SELECT gen_random_uuid(), t."userId", t.id, t."categoryId", t.amount / 2 FROM (SELECT * FROM "Transaction" WHERE "userId" = $1::uuid AND amount < 0 ORDER BY id DESC LIMIT 2000) t
     UNION ALL
     SELECT gen_random_uuid(), t."userId", t.id, NULL, t.amount - t.amount / 2 FROM (SELECT * FROM "Transaction" WHERE "userId" = $1::uuid AND amount < 0 ORDER BY id DESC LIMIT 2000) t`,
    [userId],
  );
  await sql.exec(`ANALYZE "Transaction"; ANALYZE "TransactionSplit"; ANALYZE "Category"; ANALYZE "Account";`);
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("Set BENCH_DATABASE_URL to a throwaway PostgreSQL database (see .ci/run for starting one)");
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = "warn";
  resetEnvCache();
  const db = database();
  await db.sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  await applyMigrations(db.sql);
  const user = await registerUser({ name: "Bench User", email: `bench-${Date.now()}@example.test`, password: "correct-horse-battery-staple" });
  const loadMs = await time(() => load(user.id));
  const { rows } = await db.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Transaction" WHERE "userId" = $1::uuid`, [user.id]);
  const scope = await loadAnalyticsScope(user.id, NOW);
  const range = resolveDateRange({ range: "last_12_months" }, scope.today);
  const targets: Record<string, () => Promise<unknown>> = {
    overview: () => getOverview(scope),
    "analytics:cash-flow": () => getCashFlowReport(scope, range),
    "analytics:category-trend": () => getCategoryTrendReport(scope, range),
    "analytics:comparison": () => getComparisonReport(scope, scope.today.slice(0, 7)),
    "analytics:net-worth": () => getNetWorthReport(scope, range),
    "analytics:merchants": () => getMerchantsReport(scope, range),
    insights: () => getInsights(scope),
  };
  const results: Record<string, ReturnType<typeof summarize>> = {};
  for (const [name, work] of Object.entries(targets)) {
    await work(); // warm: connection pool, plans, caches
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) samples.push(await time(work));
    results[name] = summarize(samples);
    console.error(`${name}: ${JSON.stringify(results[name])}`);
  }
  await closeDatabase();
  const overview = results.overview;
  console.log(JSON.stringify({ database: "postgres", transactions: Number(rows[0]?.n ?? 0), loadMs: Math.round(loadMs), runs: RUNS, budgetMs: 300, withinBudget: (overview?.medianMs ?? Infinity) <= 300, results }));
}

await main();
