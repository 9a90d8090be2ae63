/**
 * Alert fan-out latency: ingests spending that breaches budgets while N clients listen on the alert
 * stream over real HTTP, and reports the delay from the commit of the breaching transaction to the
 * alert frame arriving at each client. Runs twice: the in-process bus (embedded mode) and Upstash
 * through the local REST bridge in front of a real redis-server.
 *
 * The stream is served by createAlertStreamResponse, the function behind /api/alerts/stream, from a
 * plain node:http server (the route adds only the session check). The database is a throwaway
 * in-memory PGlite.
 *
 * Usage: npm run bench:alerts [-- --users 10 --budgets 12 --clients-per-user 2]
 * Prints one JSON line per mode, then a last line with the worse of the two.
 */
import { createServer, type Server } from "node:http";
import { Readable } from "node:stream";
import type { AddressInfo } from "node:net";

process.env.PGLITE_DATA_DIR = "memory://";
delete process.env.DATABASE_URL;
delete process.env.UPSTASH_REDIS_REST_URL;
delete process.env.UPSTASH_REDIS_REST_TOKEN;
process.env.TZ = "UTC";

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

const USERS = flag("users", 10);
const BUDGETS_PER_USER = flag("budgets", 12);
const CLIENTS_PER_USER = flag("clients-per-user", 2);
const TODAY = "2026-06-10";
const SPEND_STEP = 5_000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? Number.NaN) * 10) / 10;
}

async function main(): Promise<void> {
  const { database, prisma, closeDatabase } = await import("@/lib/db");
  const { applyMigrations } = await import("@/lib/migrations/apply-migrations");
  const { registerUser } = await import("@/lib/auth/register-user");
  const { createBudget } = await import("@/lib/budgets/save-budget");
  const { evaluateBudgetAlerts, publishAlerts } = await import("@/lib/budgets/evaluate-budget-alerts");
  const { createAlertStreamResponse } = await import("@/lib/alerts/create-alert-stream");
  const { createMemoryEventBus, createUpstashEventBus } = await import("@/lib/redis/event-bus");
  const { startUpstashTestRedis } = await import("@/tests/helpers/upstash-bridge");
  const { Redis } = await import("@upstash/redis");
  type EventBus = import("@/lib/redis/event-bus").EventBus;

  await applyMigrations(database().sql);

  async function runMode(mode: string, bus: EventBus) {
    const users: { id: string; account: string; category: string }[] = [];
    for (let u = 0; u < USERS; u += 1) {
      const user = await registerUser({ name: `Bench ${u}`, email: `bench-${mode}-${u}-${Date.now()}@example.test`, password: "bench-password-long-enough" });
      const account = await prisma().account.create({ data: { userId: user.id, source: "manual", type: "checking", name: "Bench", currency: "USD" } });
      const category = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "food_and_dining" } });
      for (let b = 0; b < BUDGETS_PER_USER; b += 1) {
        // Staggered amounts so budgets cross their thresholds one after another, not all at once.
        await createBudget(user.id, { name: `B${b}`, scope: "category", categoryIds: [category.id], period: "monthly", amount: (b + 1) * 10_000 }, { now: new Date(`${TODAY}T12:00:00Z`) });
      }
      users.push({ id: user.id, account: account.id, category: category.id });
    }

    const server: Server = createServer((req, res) => {
      const userId = new URL(req.url ?? "/", "http://bench").searchParams.get("user") ?? "";
      const abort = new AbortController();
      res.on("close", () => abort.abort());
      const response = createAlertStreamResponse({ userId, signal: abort.signal, bus });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;

    const committedAt = new Map<string, number>();
    const delays: number[] = [];
    const received = new Set<string>();
    const controllers: AbortController[] = [];
    const ready: Promise<void>[] = [];
    for (const user of users) {
      for (let c = 0; c < CLIENTS_PER_USER; c += 1) {
        const controller = new AbortController();
        controllers.push(controller);
        ready.push(
          new Promise<void>((resolve, reject) => {
            fetch(`http://127.0.0.1:${port}/?user=${user.id}`, { signal: controller.signal })
              .then(async (response) => {
                const decoder = new TextDecoder();
                let buffer = "";
                for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
                  const now = performance.now();
                  buffer += decoder.decode(chunk, { stream: true });
                  let cut: number;
                  while ((cut = buffer.indexOf("\n\n")) >= 0) {
                    const block = buffer.slice(0, cut);
                    buffer = buffer.slice(cut + 2);
                    if (block.includes("event: ready")) resolve();
                    const id = /^id: (.+)$/m.exec(block)?.[1];
                    if (id && block.includes("event: alert")) {
                      const start = committedAt.get(id);
                      if (start === undefined) throw new Error(`alert ${id} arrived before its commit was recorded`);
                      delays.push(now - start);
                      received.add(id);
                    }
                  }
                }
              })
              .catch((error: unknown) => {
                if (!controller.signal.aborted) reject(error);
              });
          }),
        );
      }
    }
    await Promise.all(ready);

    const expectedAlerts = USERS * BUDGETS_PER_USER * 2;
    const maxBudget = BUDGETS_PER_USER * 10_000;
    const steps = Math.ceil(maxBudget / SPEND_STEP);
    const started = performance.now();
    await Promise.all(
      users.map(async (user) => {
        for (let step = 0; step < steps; step += 1) {
          const alerts = await prisma().$transaction(async (tx) => {
            await tx.transaction.create({
              data: { userId: user.id, accountId: user.account, source: "manual", amount: BigInt(-SPEND_STEP), currency: "USD", date: new Date(`${TODAY}T00:00:00Z`), description: "BENCH", categoryId: user.category },
            });
            return evaluateBudgetAlerts(tx, { userId: user.id, dates: [TODAY], today: TODAY });
          });
          // The clock starts once the transaction has committed.
          const commit = performance.now();
          for (const alert of alerts) committedAt.set(alert.id, commit);
          await publishAlerts(alerts, { bus, webhooks: false });
          // Each breaching write is its own request or sync batch in the app, arriving through I/O.
          // PGlite answers in microtasks, so a tight loop of them would never let the event loop
          // reach the sockets and would measure the loop, not the fan-out.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    const ingestMs = performance.now() - started;
    const deadline = Date.now() + 10_000;
    while (delays.length < expectedAlerts * CLIENTS_PER_USER && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    for (const controller of controllers) controller.abort();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const sorted = [...delays].sort((a, b) => a - b);
    return {
      mode,
      alerts: committedAt.size,
      alerts_received: received.size,
      deliveries: delays.length,
      clients: users.length * CLIENTS_PER_USER,
      lost: committedAt.size * CLIENTS_PER_USER - delays.length,
      p50_ms: percentile(sorted, 50),
      p95_ms: percentile(sorted, 95),
      p99_ms: percentile(sorted, 99),
      max_ms: percentile(sorted, 100),
      ingest_ms: Math.round(ingestMs),
    };
  }

  const results = [];
  results.push(await runMode("embedded", createMemoryEventBus()));
  const bridge = await startUpstashTestRedis();
  try {
    const redis = new Redis({ url: bridge.url, token: bridge.token, automaticDeserialization: false });
    results.push(await runMode("upstash-bridge", createUpstashEventBus(redis)));
  } finally {
    await bridge.close();
  }
  for (const result of results) console.log(JSON.stringify(result));
  const worst = results.reduce((a, b) => (b.p99_ms > a.p99_ms ? b : a));
  console.log(
    JSON.stringify({
      worst_mode: worst.mode,
      alerts: Math.min(...results.map((r) => r.alerts)),
      lost: Math.max(...results.map((r) => r.lost)),
      p50_ms: Math.max(...results.map((r) => r.p50_ms)),
      p95_ms: Math.max(...results.map((r) => r.p95_ms)),
      p99_ms: Math.max(...results.map((r) => r.p99_ms)),
      target_p99_ms: 2000,
    }),
  );
  await closeDatabase();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
