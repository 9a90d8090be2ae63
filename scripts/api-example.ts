/**
 * A token-authenticated client of the REST API: lists transactions and categories, creates a budget
 * (with an Idempotency-Key, so re-running with the same --key does not create a second one) and
 * lists budgets. Uses only fetch: any HTTP client works the same way.
 * Usage: npm run api:example -- --token fth_… [--url http://localhost:3000] [--key my-run-1]
 * The token may also come from FATHOM_API_TOKEN, which keeps it out of the process list.
 * The last line of stdout is JSON.
 */
import { randomUUID } from "node:crypto";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const baseUrl = (argument("url") ?? "http://localhost:3000").replace(/\/$/, "");
const token = argument("token") ?? process.env.FATHOM_API_TOKEN;
const idempotencyKey = argument("key") ?? `api-example-${randomUUID()}`;

if (!token) {
  process.stderr.write("api-example: pass --token fth_… (create one on the Developer page) or set FATHOM_API_TOKEN\n");
  process.stdout.write(`${JSON.stringify({ error: "missing token" })}\n`);
  process.exit(1);
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json", "idempotency-key": idempotencyKey } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${json.error?.message ?? ""} (RateLimit-Remaining ${response.headers.get("RateLimit-Remaining")})`);
  return json;
}

interface Transaction { date: string; description: string; amount: number; currency: string; categoryName: string | null }

try {
  const { transactions } = await call<{ transactions: Transaction[] }>("GET", "/transactions?limit=10");
  process.stdout.write(`Latest ${transactions.length} transactions:\n`);
  for (const t of transactions) process.stdout.write(`  ${t.date}  ${(t.amount / 100).toFixed(2).padStart(10)} ${t.currency}  ${t.description} [${t.categoryName ?? "uncategorized"}]\n`);

  const created = await call<{ id: string }>("POST", "/budgets", { name: "API example: monthly total", scope: "total", period: "monthly", amount: 150000 });
  const { budgets } = await call<{ budgets: { budget: { id: string; name: string }; status: { spent: number; remaining: number } }[] }>("GET", "/budgets");
  const budget = budgets.find((entry) => entry.budget.id === created.id);
  process.stdout.write(`Budget ${created.id}: spent ${budget?.status.spent ?? 0}, remaining ${budget?.status.remaining ?? 0} (minor units)\n`);
  process.stdout.write(`${JSON.stringify({ transactions: transactions.length, budgetId: created.id, budgets: budgets.length })}\n`);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`api-example: ${reason}\n`);
  process.stdout.write(`${JSON.stringify({ error: reason })}\n`);
  process.exit(1);
}
