/**
 * Walks the served OpenAPI document and attacks every operation: no credentials, malformed path ids,
 * wrongly typed and oversized query and body values, broken JSON, and another user's ids. Each must be
 * a 4xx with a readable message, never a 500, and never show the other user's data.
 */
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE, GET, PATCH, POST, PUT } from "@/app/api/v1/[...path]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createBudget } from "@/lib/budgets/save-budget";
import { createRule } from "@/lib/categorize/rules/save-rule";
import { createGoal } from "@/lib/goals/create-goal";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { prisma } from "@/lib/db";
import { resetInMemoryRateLimits } from "@/lib/rate-limit";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

const HANDLERS = { GET, POST, PUT, PATCH, DELETE } as const;
type Method = keyof typeof HANDLERS;
type Json = Record<string, unknown>;

async function send(method: Method, path: string, options: { token?: string; body?: string; query?: string } = {}) {
  const url = new URL(`http://localhost/api/v1${path}${options.query ?? ""}`);
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new NextRequest(url, { method, headers, body: options.body });
  const segments = url.pathname.replace(/^\/api\/v1\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const response = await HANDLERS[method](request, { params: Promise.resolve({ path: segments }) });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as Json) : null };
}

/** A valid body per writing operation: a new operation with a body fails the walk until it has one here. */
const WALK_RULE = { name: "Walk rule", conditions: [{ type: "description", operator: "contains", value: "COFFEE" }], actions: [{ type: "set_category", categoryKey: "food_and_dining" }] };
const VALID_BODIES: Record<string, Json> = {
  createBudget: { name: "Walk budget", scope: "total", period: "monthly", amount: 10000 },
  createRule: WALK_RULE,
  updateRule: { enabled: false },
  markAlertsRead: { all: true },
  recordAnomalyFeedback: { verdict: "problem" },
  createGoal: { name: "Walk goal", targetAmount: "500.00", currency: "USD" },
  addGoalContribution: { amount: "25.00", date: "2026-11-02" },
  createImport: { accountId: "00000000-0000-7000-8000-000000000000", format: "csv", content: "Date,Description,Amount\n2026-11-03,WALK IMPORT,-12.00\n" },
  adminSetUserDisabled: { disabled: false },
};

/** Wrong-typed stand-ins, chosen by the schema's declared type. */
function wrongValue(schema: Json): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) return "certainly-not-an-allowed-value";
  switch (type) {
    case "integer":
    case "number":
      return "not-a-number";
    case "boolean":
      return "yes";
    case "array":
      return "not-a-list";
    case "object":
      return 42;
    default:
      // A pattern or format may accept digits (amounts as strings): break it with characters no pattern here allows.
      return schema.pattern || schema.format ? "~not valid~" : 12345;
  }
}

let document: Json;
let alice: { id: string; token: string; ids: Record<string, string>; markers: string[] };
let bobToken: string;
const operations: { method: Method; path: string; op: Json }[] = [];

function expectClientError(response: { status: number; json: Json | null }, context: string) {
  expect(response.status, `${context}: ${JSON.stringify(response.json)}`).toBeGreaterThanOrEqual(400);
  expect(response.status, context).toBeLessThan(500);
  const error = (response.json as { error?: { message?: unknown } } | null)?.error;
  expect(typeof error?.message, context).toBe("string");
  expect(String(error?.message).length, context).toBeGreaterThan(5);
}

function concretePath(path: string, ids: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? "00000000-0000-7000-8000-000000000000");
}

beforeAll(async () => {
  const aliceUser = await createUser("Alice Walk");
  const accountId = await createManualAccount(aliceUser.id, "ALICE-SECRET-ACCOUNT");
  const transactionId = await createTransaction(aliceUser.id, accountId, -4321, "ALICE-SECRET-COFFEE");
  const budget = await createBudget(aliceUser.id, { name: "ALICE-SECRET-BUDGET", scope: "total", period: "monthly", amount: 5000 });
  const rule = await createRule(aliceUser.id, { ...WALK_RULE, name: "ALICE-SECRET-RULE" });
  const goal = await createGoal(aliceUser.id, { name: "ALICE-SECRET-GOAL", targetAmount: "100.00", currency: "USD" });
  const anomaly = await prisma().anomaly.create({
    data: { userId: aliceUser.id, transactionId, kind: "large_for_merchant", score: 5, explanation: "ALICE-SECRET-ANOMALY", details: {}, dedupeKey: "walk" },
  });
  const connection = await prisma().bankConnection.create({ data: { userId: aliceUser.id, provider: "bank-a", institutionName: "ALICE-SECRET-BANK" } });
  const file = new File(["Date,Description,Amount\n2026-11-03,ALICE-SECRET-IMPORT,-12.00\n"], "alice.csv");
  const imported = await createImportJob(aliceUser.id, { file, fields: { accountId, format: "csv" } });
  await imported.run();
  const ids = {
    accountId, transactionId, budgetId: budget.id, ruleId: rule.rule.id, goalId: goal.id, anomalyId: anomaly.id,
    connectionId: connection.id, importId: imported.job.id, userId: aliceUser.id,
  };
  alice = {
    id: aliceUser.id, ids,
    token: (await createApiToken(aliceUser.id, { name: "alice", scopes: ["read", "write"] })).token,
    // Not her user id: the admin routes' 404 repeats the path the caller sent.
    markers: ["ALICE-SECRET", aliceUser.email, ...Object.values(ids).filter((id) => id !== aliceUser.id)],
  };
  const bob = await createUser("Bob Walk");
  bobToken = (await createApiToken(bob.id, { name: "bob", scopes: ["read", "write"] })).token;

  const served = await getOpenApi(new NextRequest("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
  expect(served.status).toBe(200);
  document = (await served.json()) as Json;
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item)) operations.push({ method: method.toUpperCase() as Method, path, op: op as Json });
  }
});

beforeEach(() => resetInMemoryRateLimits());

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and covers the registry's resources", () => {
    expect(document.openapi).toBe("3.1.0");
    const ids = operations.map((o) => o.op.operationId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "listAccounts", "getAccount", "listTransactions", "listCategories", "listRules", "createRule", "listBudgets", "createBudget", "listAlerts",
        "listAnomalies", "listGoals", "createGoal", "listImports", "createImport", "getSyncStatus", "syncConnection", "getCashFlow", "getNetWorth", "adminListUsers",
      ]),
    );
    for (const { op } of operations) expect(op.responses, String(op.operationId)).toHaveProperty("422");
  });
});

describe("every operation", () => {
  it("refuses requests without credentials with 401", async () => {
    for (const { method, path } of operations) {
      const response = await send(method, concretePath(path, {}), { body: method === "GET" ? undefined : "{}" });
      const context = `${method} ${path}`;
      expectClientError(response, context);
      expect(response.status, context).toBe(401);
    }
  });

  it("answers malformed ids, query values and bodies with a 4xx that names the problem", async () => {
    for (const { method, path, op } of operations) {
      // The walk sends far more requests a minute than the per-user limit allows.
      resetInMemoryRateLimits();
      const adminOnly = op["x-admin-only"] === true;
      const ids = alice.ids;
      const validBody = VALID_BODIES[String(op.operationId)];
      if (op.requestBody) expect(validBody, `add a valid body for ${String(op.operationId)} to VALID_BODIES`).toBeDefined();
      const bodyText = validBody ? JSON.stringify(validBody) : undefined;

      if (path.includes("{")) {
        const response = await send(method, path.replace(/\{\w+\}/g, "not-a-uuid"), { token: alice.token, body: bodyText });
        expectClientError(response, `${method} ${path} bad id`);
        expect(response.status).toBe(404);
      }
      for (const parameter of ((op.parameters as Json[]) ?? []).filter((p) => p.in === "query")) {
        const name = String(parameter.name);
        const schema = parameter.schema as Json;
        for (const value of [String(wrongValue(schema)), "x".repeat(5000)]) {
          const query = `?${name}=${encodeURIComponent(value)}`;
          const response = await send(method, concretePath(path, ids), { token: alice.token, body: bodyText, query });
          const context = `${method} ${path}${query.slice(0, 40)}`;
          // A short free-text value may be valid: it only must not break the server.
          if (schema.type === "string" && value.length < 100 && !schema.enum && !schema.pattern && !schema.format) {
            expect(response.status, context).toBeLessThan(500);
            continue;
          }
          expectClientError(response, context);
          if (!adminOnly) expect(String((response.json as { error: { message: string } }).error.message), context).toMatch(new RegExp(`^(${name}|query): `));
        }
        const repeated = await send(method, concretePath(path, ids), { token: alice.token, body: bodyText, query: `?${name}=1&${name}=2` });
        expectClientError(repeated, `${method} ${path} repeated ${name}`);
      }
      if (op.requestBody && validBody) {
        const target = concretePath(path, ids);
        for (const text of ["{", "[]", "null", '"text"', ""]) {
          const response = await send(method, target, { token: alice.token, body: text });
          expectClientError(response, `${method} ${path} body ${text}`);
          if (!adminOnly) expect(response.status).toBe(422);
        }
        const oversized = await send(method, target, { token: alice.token, body: JSON.stringify({ ...validBody, name: "x".repeat(100_000) }) });
        expectClientError(oversized, `${method} ${path} oversized`);
        if (!adminOnly) expect((oversized.json as { error: { message: string } }).error.message).toBe("body: must be at most 64 KB");
        const schema = (op.requestBody as { content: { "application/json": { schema: Json } } }).content["application/json"].schema;
        for (const [name, property] of Object.entries((schema.properties as Record<string, Json>) ?? {})) {
          const response = await send(method, target, { token: alice.token, body: JSON.stringify({ ...validBody, [name]: wrongValue(property) }) });
          const context = `${method} ${path} body.${name}`;
          expectClientError(response, context);
          if (!adminOnly) {
            expect(response.status, context).toBe(422);
            expect((response.json as { error: { message: string } }).error.message, context).toMatch(new RegExp(`^${name}[.:]`));
          }
        }
      }
    }
  });

  it("never shows or changes another user's data: foreign ids are 404 and lists hold only the caller's rows", async () => {
    const budgetsBefore = await prisma().budget.count({ where: { userId: alice.id } });
    for (const { method, path, op } of operations) {
      const ids = alice.ids;
      const validBody = VALID_BODIES[String(op.operationId)];
      const response = await send(method, concretePath(path, ids), { token: bobToken, body: validBody ? JSON.stringify(validBody) : undefined });
      const context = `${method} ${path} as another user`;
      expect(response.status, context).toBeLessThan(500);
      for (const marker of alice.markers) expect(response.text, context).not.toContain(marker);
      if (path.includes("{") || op["x-admin-only"] === true) {
        expectClientError(response, context);
        expect(response.status, context).toBe(404);
      }
    }
    expect(await prisma().budget.count({ where: { userId: alice.id } })).toBe(budgetsBefore);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: alice.id } })).disabledAt).toBeNull();
    expect((await prisma().rule.findUniqueOrThrow({ where: { id: alice.ids.ruleId } })).enabled).toBe(true);
    expect((await prisma().anomaly.findUniqueOrThrow({ where: { id: alice.ids.anomalyId } })).status).toBe("open");
    expect(await prisma().goalContribution.count({ where: { goalId: alice.ids.goalId } })).toBe(0);
    expect(await prisma().transaction.count({ where: { userId: alice.id } })).toBe(2);
  });
});
