/**
 * The transactions API under load: loads one million transactions into BENCH_DATABASE_URL (1,000
 * ordinary users with 800 each and one heavy user with 200,000, with the provider records and events a
 * sync writes) by set-based SQL, builds and starts the production server on it, signs the heavy user in
 * through next-auth and drives the real route handlers with autocannon at concurrency 20: the filtered
 * list (account + date range, category, amount range, a keyset cursor page), text search, transaction
 * detail and the monthly cash-flow summary, each against the no-op health route measured in the same run,
 * and the session check alone (an authenticated request refused for its malformed id) as the floor that
 * every authenticated endpoint pays.
 *   BENCH_DATABASE_URL=postgres://… npm run bench:api [-- --duration 10 --connections 20 --skip-build --skip-load]
 * BENCH_DATABASE_URL must name a throwaway database: the benchmark drops its schema and migrates it.
 * --skip-build reuses the current .next build; --skip-load keeps the rows of a previous run.
 * Progress goes to stderr; the last line is the JSON summary.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { registerUser } from "@/lib/auth/register-user";
import { closeDatabase, database } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value && Number.isFinite(value) ? value : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const OTHER_USERS = 1_000;
const ROWS_PER_OTHER = option("rows-per-user", 800);
const HEAVY_ROWS = option("heavy-rows", 200_000);
const DURATION_S = option("duration", 10);
const CONNECTIONS = option("connections", 20);
const PORT = option("port", 3290);
const HEAVY_EMAIL = "bench-heavy@example.test";
const PASSWORD = "correct-horse-battery-staple";
const ORIGIN = `http://127.0.0.1:${PORT}`;

// Real-looking card descriptors: 40 merchants, each with store numbers, so search has 1-in-40 hits.
const MERCHANTS = [
  "Starbucks", "Whole Foods", "Shell Oil", "Amazon Mktplace", "Uber Trip", "Netflix", "Target", "Walgreens", "Chipotle", "Safeway",
  "Home Depot", "Costco Whse", "Trader Joes", "Lyft Ride", "Spotify", "Apple Store", "Best Buy", "Chevron", "Dunkin", "Panera Bread",
  "CVS Pharmacy", "Kroger", "Walmart", "Delta Air", "Marriott", "Airbnb", "Comcast", "Verizon", "PG&E Utility", "Planet Fitness",
  "Sweetgreen", "Blue Bottle", "Corner Deli", "City Parking", "Metro Transit", "Hertz Rental", "Ikea", "Sephora", "Rei Coop", "Petco",
] as const;

interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; headers?: Record<string, string>; requests?: { method: "GET"; path: string }[] },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
// autocannon is CommonJS without type declarations: the few fields used here are typed above.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface Measured {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  requests: number;
  errors: number;
  ratio_to_ceiling?: number;
}

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

const BULK_TABLES = ["Transaction", "ProviderRecord", "TransactionEvent"];

async function load(heavyUserId: string): Promise<void> {
  const { sql } = database();
  const merchants = [...MERCHANTS];
  // A bulk load builds indexes once at the end (as pg_restore does): the migrated definitions, dropped and recreated.
  const indexes = (
    await sql.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1::text[]) AND indexname NOT LIKE '%_pkey'`,
      [BULK_TABLES],
    )
  ).rows;
  for (const index of indexes) await sql.exec(`DROP INDEX "${index.name}"`);
  // The heavy user: four accounts, five years of categorized rows (1 in 20 an income), every row with the
  // bank's payload (ProviderRecord) and its "added" event, as a sync would have written them.
  await sql.query(
    `INSERT INTO "Account" (id, "userId", source, type, name, currency, "openingBalance", "currentBalance", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, 'manual', t::"AccountType", 'Bench ' || t, 'USD', 0, 0, now(), now()
       FROM unnest(ARRAY['checking', 'savings', 'credit_card', 'investment']) AS t`,
    [heavyUserId],
  );
  await sql.query(
    `WITH acc AS (SELECT array_agg(id ORDER BY name) AS ids FROM "Account" WHERE "userId" = $1::uuid),
          cat AS (SELECT array_agg(id ORDER BY name) AS ids FROM "Category" WHERE "userId" = $1::uuid AND "parentId" IS NOT NULL),
          m AS (SELECT $3::text[] AS names)
     INSERT INTO "Transaction" (id, "userId", "accountId", source, amount, currency, "date", description, "merchantName", "externalId",
                                "categoryId", "categorySource", "isTransfer", pending, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, acc.ids[1 + (g % 4)], 'sync',
            CASE WHEN g % 20 = 0 THEN 150000 + (g % 5000) ELSE -(100 + (g * 7919) % 20000) END, 'USD',
            CURRENT_DATE - (g % 1826),
            'POS ' || upper(m.names[1 + (g % 40)]) || ' #' || (g % 997) || ' ' || (ARRAY['SEATTLE WA', 'AUSTIN TX', 'DENVER CO', 'BOSTON MA'])[1 + (g % 4)],
            m.names[1 + (g % 40)], 'h-' || g,
            cat.ids[1 + ((g / 40) % array_length(cat.ids, 1))], 'rule', g % 50 = 0, g % 200 = 0, now(), now()
       FROM generate_series(1, $2::int) AS g, acc, cat, m`,
    [heavyUserId, HEAVY_ROWS, merchants],
  );
  // 1,000 other users with one account and 800 rows each: their rows share every index with the heavy user's.
  await sql.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench-other-' || g || '@example.test', u."passwordHash", 'Other ' || g, now(), now()
       FROM generate_series(1, $1::int) AS g, (SELECT "passwordHash" FROM "User" WHERE id = $2::uuid) u`,
    [OTHER_USERS, heavyUserId],
  );
  await sql.query(
    `INSERT INTO "Account" (id, "userId", source, type, name, currency, "openingBalance", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), id, 'manual', 'checking', 'Everyday', 'USD', 0, now(), now() FROM "User" WHERE id <> $1::uuid`,
    [heavyUserId],
  );
  await sql.query(
    `WITH m AS (SELECT $3::text[] AS names)
     INSERT INTO "Transaction" (id, "userId", "accountId", source, amount, currency, "date", description, "merchantName", "externalId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), a."userId", a.id, 'sync', -(100 + (g * 7919) % 20000), 'USD', CURRENT_DATE - (g % 1826),
            'POS ' || upper(m.names[1 + ((g + a.n) % 40)]) || ' #' || (g % 997), m.names[1 + ((g + a.n) % 40)], 'o-' || g, now(), now()
       FROM (SELECT id, "userId", row_number() OVER (ORDER BY id) AS n FROM "Account" WHERE "userId" <> $1::uuid) a, generate_series(1, $2::int) AS g, m`,
    [heavyUserId, ROWS_PER_OTHER, merchants],
  );
  await sql.query(
    `INSERT INTO "ProviderRecord" (id, "userId", "transactionId", "externalId", payload, "receivedAt")
     SELECT gen_random_uuid(), t."userId", t.id, t."externalId",
            jsonb_build_object('id', t."externalId", 'amount', to_char(t.amount / 100.0, 'FM999999990.00'), 'date', t.date, 'description', t.description), now()
       FROM "Transaction" t WHERE t."userId" = $1::uuid`,
    [heavyUserId],
  );
  await sql.query(
    `INSERT INTO "TransactionEvent" (id, "userId", "transactionId", kind, source, actor, "after", "createdAt")
     SELECT gen_random_uuid(), t."userId", t.id, 'added', 'sync', 'bench-bank',
            jsonb_build_object('amount', t.amount, 'date', t.date, 'description', t.description, 'pending', t.pending), now()
       FROM "Transaction" t WHERE t."userId" = $1::uuid`,
    [heavyUserId],
  );
  await sql.transaction(async (tx) => {
    await tx.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of indexes) await tx.exec(index.definition);
  });
  // One statement each: VACUUM cannot run inside the implicit transaction of a multi-statement query.
  for (const table of [...BULK_TABLES, "Account", "Category", "User"]) await sql.exec(`VACUUM ANALYZE "${table}"`);
}

const NEXT_BIN = "node_modules/next/dist/bin/next";

// Its own process group, so stopping the server also stops any worker it started.
function next(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

async function build(env: NodeJS.ProcessEnv): Promise<void> {
  const child = next(["build"], env);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build exited with ${code}`);
}

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer /api/health within 2 minutes");
}

/** Signs in as a browser does (CSRF token, credentials callback) and returns the session cookie. */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: HEAVY_EMAIL, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed with status ${response.status}`);
  return session;
}

/** Requests still in flight when autocannon stops keep the server busy: wait until it answers promptly again. */
async function settle(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const started = Date.now();
    // The readiness check queries the database, so it waits behind the leftover requests' queries.
    await fetch(`${ORIGIN}/api/health/ready`);
    if (Date.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

interface Scenario {
  paths: string[];
  /** The status every response must have: 200, except for the session-only floor's 404. */
  status?: number;
}

function drive(paths: string[], cookie: string, duration: number, onResponse: (status: number, ms: number) => void): Promise<AutocannonResult> {
  return new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      { url: ORIGIN, connections: CONNECTIONS, duration, headers: { cookie }, requests: paths.map((path) => ({ method: "GET" as const, path })) },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => onResponse(status, responseTime));
  });
}

async function measure(name: string, { paths, status = 200 }: Scenario, cookie: string): Promise<Measured> {
  const latencies: number[] = [];
  let unexpected = 0;
  const result = await drive(paths, cookie, DURATION_S, (code, ms) => {
    latencies.push(ms);
    if (code !== status) unexpected += 1;
  });
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const measured: Measured = {
    rps: round(result.requests.average),
    p50_ms: round(percentile(latencies, 0.5)),
    p95_ms: round(percentile(latencies, 0.95)),
    p99_ms: round(percentile(latencies, 0.99)),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + unexpected,
  };
  log(`${name}: ${JSON.stringify(measured)}`);
  if (measured.errors > 0) throw new Error(`${name}: ${measured.errors} failed requests (first path ${paths[0]})`);
  if (measured.requests === 0) throw new Error(`${name}: no request finished within ${DURATION_S} s; try a longer --duration`);
  await settle();
  return measured;
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("Set BENCH_DATABASE_URL to a throwaway PostgreSQL database (see .ci/run for starting one)");
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = "warn";
  resetEnvCache();
  const db = database();
  let loadMs = 0;
  if (!flag("skip-load")) {
    await db.sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
    await applyMigrations(db.sql);
    const user = await registerUser({ name: "Heavy User", email: HEAVY_EMAIL, password: PASSWORD });
    log("loading rows");
    [, loadMs] = await time(() => load(user.id));
    log(`loaded in ${loadMs} ms`);
  }
  const q = async <T>(text: string, params: unknown[] = []) => (await db.sql.query<T>(text, params)).rows;
  const [heavy] = await q<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [HEAVY_EMAIL]);
  if (!heavy) throw new Error("no heavy user: run without --skip-load first");
  const [counts] = await q<{ total: string; heavy: string; users: string }>(
    `SELECT count(*)::text AS total, count(*) FILTER (WHERE "userId" = $1::uuid)::text AS heavy, count(DISTINCT "userId")::text AS users FROM "Transaction"`,
    [heavy.id],
  );
  const [account] = await q<{ id: string }>(`SELECT id FROM "Account" WHERE "userId" = $1::uuid ORDER BY name LIMIT 1`, [heavy.id]);
  const [category] = await q<{ id: string }>(`SELECT "categoryId" AS id FROM "Transaction" WHERE "userId" = $1::uuid AND "categoryId" IS NOT NULL LIMIT 1`, [heavy.id]);
  // Detail ids and cursors spread over the whole history, so the run is not one cached row.
  const sample = await q<{ id: string; date: string }>(
    `SELECT id, to_char(date, 'YYYY-MM-DD') AS date FROM "Transaction" WHERE "userId" = $1::uuid ORDER BY md5(id::text) LIMIT 200`,
    [heavy.id],
  );
  const [bounds] = await q<{ from: string; to: string }>(`SELECT to_char(CURRENT_DATE - 90, 'YYYY-MM-DD') AS "from", to_char(CURRENT_DATE, 'YYYY-MM-DD') AS "to"`);
  await closeDatabase();
  if (!account || !category || !bounds || sample.length === 0) throw new Error("the bench data is incomplete");

  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    NEXTAUTH_URL: ORIGIN,
    APP_URL: ORIGIN,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
    TOKEN_ENCRYPTION_KEY: `bench:${Buffer.alloc(32, 7).toString("base64")}`,
    DEMO_DATA: "off",
    LOG_LEVEL: "warn",
  };
  if (!flag("skip-build")) {
    log("building the production server (next build)");
    await build(serverEnv);
  }
  const server = next(["start", "-p", String(PORT), "-H", "127.0.0.1"], serverEnv);
  try {
    await waitForServer(server);
    const cookie = await signIn();
    const list = (query: string): Scenario => ({ paths: [`/api/transactions?${query}`] });
    const scenarios: Record<string, Scenario> = {
      ceiling: { paths: ["/api/health"] },
      // The session check alone: the detail route resolves the signed-in user, then answers 404 for an id
      // that is no UUID without a query. Every authenticated endpoint pays this much; the rest is its own work.
      session_floor: { paths: ["/api/transactions/not-a-transaction-id"], status: 404 },
      list: list(`accountId=${account.id}&from=${bounds.from}&to=${bounds.to}&limit=50`),
      list_category: list(`categoryId=${category.id}&from=${bounds.from}&to=${bounds.to}&limit=50`),
      list_amount: list(`minAmount=-5000&maxAmount=-4000&limit=50`),
      list_cursor: { paths: sample.map((row) => `/api/transactions?limit=50&cursor=${row.date}_${row.id}`) },
      search: list("q=starbucks&limit=50"),
      detail: { paths: sample.map((row) => `/api/transactions/${row.id}`) },
      summary: { paths: ["/api/analytics/cash-flow?range=last_12_months"] },
    };
    // Warm every route (compilation caches, connection pool, plans), then drive each under load for two
    // seconds unmeasured: the first scenario measured (the ceiling) otherwise pays for the JIT's warm-up.
    for (const { paths } of Object.values(scenarios)) for (const path of paths.slice(0, 3)) await fetch(`${ORIGIN}${path}`, { headers: { cookie } });
    for (const { paths } of Object.values(scenarios)) await drive(paths, cookie, 2, () => undefined);
    await settle();
    const loadBefore = loadavg();
    const results: Record<string, Measured> = {};
    for (const [name, scenario] of Object.entries(scenarios)) results[name] = await measure(name, scenario, cookie);
    const ceiling = results.ceiling?.rps ?? 0;
    for (const [name, measured] of Object.entries(results)) if (name !== "ceiling" && ceiling > 0) measured.ratio_to_ceiling = Math.round((measured.rps / ceiling) * 1000) / 1000;
    const round2 = (values: number[]) => values.map((v) => Math.round(v * 100) / 100);
    const targets = {
      list_p50_le_20ms: (results.list?.p50_ms ?? Infinity) <= 20,
      list_p99_le_100ms: (results.list?.p99_ms ?? Infinity) <= 100,
      detail_p50_le_20ms: (results.detail?.p50_ms ?? Infinity) <= 20,
      detail_p99_le_100ms: (results.detail?.p99_ms ?? Infinity) <= 100,
      list_rps_ge_40pct_of_ceiling: (results.list?.ratio_to_ceiling ?? 0) >= 0.4,
    };
    console.log(
      JSON.stringify({
        ...results,
        machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", loadavg_before: round2(loadBefore), loadavg_after: round2(loadavg()) },
        rows: { transactions: Number(counts?.total ?? 0), heavy_user: Number(counts?.heavy ?? 0), users: Number(counts?.users ?? 0) },
        load_ms: loadMs,
        connections: CONNECTIONS,
        duration_s: DURATION_S,
        targets,
      }),
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

await main();
