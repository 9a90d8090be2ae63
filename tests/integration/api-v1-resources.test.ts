/**
 * The REST resources beyond accounts and budgets, used as a token-holding script would: each answer
 * carries the same figures the pages show, and writes land in the caller's data only.
 */
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE, GET, PATCH, POST } from "@/app/api/v1/[...path]/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { prisma } from "@/lib/db";
import { resetInMemoryRateLimits } from "@/lib/rate-limit";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

const HANDLERS = { GET, POST, PATCH, DELETE } as const;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked by value

async function api(token: string, method: keyof typeof HANDLERS, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const url = new URL(`http://localhost/api/v1${path}`);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const request = new NextRequest(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const segments = url.pathname.replace(/^\/api\/v1\/?/, "").split("/").filter(Boolean);
  const response = await HANDLERS[method](request, { params: Promise.resolve({ path: segments }) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
}

let token: string;
let userId: string;
let accountId: string;

beforeAll(async () => {
  const user = await createUser("Script User");
  userId = user.id;
  accountId = await createManualAccount(user.id, "Everyday");
  await createTransaction(user.id, accountId, -1250, "BLUE BOTTLE COFFEE", "2026-11-02");
  token = (await createApiToken(user.id, { name: "script", scopes: ["read", "write"] })).token;
});

beforeEach(() => resetInMemoryRateLimits());

describe("/api/v1 resources", () => {
  it("creates, changes and deletes a rule, which re-categorizes matching transactions", async () => {
    const created = await api(token, "POST", "/rules", {
      name: "Beans are shopping", conditions: [{ type: "description", operator: "contains", value: "BOTTLE" }], actions: [{ type: "set_category", categoryKey: "shopping" }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ recategorized: 1, rule: { name: "Beans are shopping", enabled: true, origin: "user" } });
    expect((await api(token, "GET", "/transactions?q=BOTTLE")).body.transactions[0]).toMatchObject({ categoryName: "Shopping", categorySource: "rule" });
    const ruleId = created.body.rule.id as string;
    expect((await api(token, "GET", "/rules")).body.rules.map((r: Json) => r.id)).toEqual([ruleId]);

    const changed = await api(token, "PATCH", `/rules/${ruleId}`, { enabled: false });
    expect(changed.status).toBe(200);
    expect(changed.body.rule.enabled).toBe(false);
    expect((await api(token, "DELETE", `/rules/${ruleId}`)).status).toBe(204);
    expect((await api(token, "GET", `/rules/${ruleId}`)).status).toBe(404);
  });

  it("imports a CSV statement and the new transaction is listed", async () => {
    const imported = await api(token, "POST", "/imports", { accountId, format: "csv", fileName: "nov.csv", content: "Date,Description,Amount\n2026-11-05,CORNER BAKERY,-8.40\n2026-11-06,PAYROLL ACME,2500.00\n" });
    expect(imported.status).toBe(201);
    expect(imported.body.job).toMatchObject({ status: "succeeded", importedRows: 2, rejectedRows: 0, fileName: "nov.csv" });
    expect((await api(token, "GET", `/imports/${imported.body.job.id}`)).body.job.importedRows).toBe(2);
    const listed = await api(token, "GET", "/transactions?q=CORNER");
    expect(listed.body.transactions.map((t: Json) => [t.description, t.amount, t.currency])).toEqual([["CORNER BAKERY", -840, "USD"]]);

    const bad = await api(token, "POST", "/imports", { accountId, format: "csv", content: "not,a\nstatement" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/^file: /);
  });

  it("tracks a goal's contributions in minor units", async () => {
    const goal = await api(token, "POST", "/goals", { name: "Bike", targetAmount: "400.00", currency: "USD" });
    expect(goal.status).toBe(201);
    const contributed = await api(token, "POST", `/goals/${goal.body.goal.id}/contributions`, { amount: "100.00", date: "2026-11-03" });
    expect(contributed.body.goal).toMatchObject({ targetAmount: 40000, saved: 10000, progress: { percent: 25, remaining: 30000 } });
    expect((await api(token, "DELETE", `/goals/${goal.body.goal.id}`)).status).toBe(204);
    expect((await api(token, "GET", "/goals")).body.goals).toEqual([]);
  });

  it("lists anomalies and alerts and takes feedback", async () => {
    const transactionId = await createTransaction(userId, accountId, -99_900, "BIG TV STORE", "2026-11-04");
    const anomaly = await prisma().anomaly.create({ data: { userId, transactionId, kind: "new_merchant_large", score: 4, explanation: "A first charge of $999.00 at BIG TV STORE", details: {}, dedupeKey: "tv" } });
    await prisma().alert.create({ data: { userId, kind: "anomaly", title: "Unusual charge", message: "BIG TV STORE", dedupeKey: "tv" } });

    const open = await api(token, "GET", "/anomalies");
    expect(open.body.anomalies).toEqual([expect.objectContaining({ id: anomaly.id, status: "open", explanation: "A first charge of $999.00 at BIG TV STORE", transaction: expect.objectContaining({ amount: -99_900 }) })]);
    const feedback = await api(token, "POST", `/anomalies/${anomaly.id}/feedback`, { verdict: "problem" });
    expect(feedback.body.anomaly).toMatchObject({ id: anomaly.id, status: "problem" });
    expect((await api(token, "GET", "/anomalies")).body.anomalies).toEqual([]);

    // The goal test's 25% milestone raised the other alert.
    const alerts = await api(token, "GET", "/alerts");
    expect(alerts.body.unread).toBe(2);
    expect(alerts.body.alerts.map((a: Json) => [a.title, a.readAt])).toEqual([["Unusual charge", null], ["Bike is 25% there", null]]);
    expect((await api(token, "POST", "/alerts/read", { all: true })).body).toEqual({ marked: 2, unread: 0 });
  });

  it("reports cash flow and spending over a custom range, and refuses a backwards range", async () => {
    const flow = await api(token, "GET", "/analytics/cash-flow?range=custom&from=2026-11-01&to=2026-11-30");
    expect(flow.status).toBe(200);
    expect(flow.body.range).toMatchObject({ start: "2026-11-01", last: "2026-11-30" });
    expect(flow.body.months.map((m: Json) => m.month)).toEqual(["2026-11"]);
    expect(flow.body.total.inflow).toBe(250_000);
    const backwards = await api(token, "GET", "/analytics/categories?range=custom&from=2026-11-30&to=2026-11-01");
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.message).toBe("to: must be on or after from");
  });

  it("shows a connection's sync state and refuses another user's connection", async () => {
    const connection = await prisma().bankConnection.create({ data: { userId, provider: "bank-a", institutionName: "Harbor Trust Bank" } });
    const detail = await api(token, "GET", `/sync/connections/${connection.id}`);
    expect(detail.body.connection).toMatchObject({ id: connection.id, institutionName: "Harbor Trust Bank", runs: [], quarantinedTotal: 0 });

    const other = await createUser("Other");
    const otherToken = (await createApiToken(other.id, { name: "other", scopes: ["read", "write"] })).token;
    expect((await api(otherToken, "GET", `/sync/connections/${connection.id}`)).status).toBe(404);
    expect((await api(otherToken, "POST", `/sync/connections/${connection.id}`)).status).toBe(404);
  });
});
