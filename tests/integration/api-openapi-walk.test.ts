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
const VALID_BODIES: Record<string, Json> = {
  createBudget: { name: "Walk budget", scope: "total", period: "monthly", amount: 10000 },
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
let alice: { id: string; token: string; accountId: string; budgetId: string; markers: string[] };
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
  await createTransaction(aliceUser.id, accountId, -4321, "ALICE-SECRET-COFFEE");
  const budget = await createBudget(aliceUser.id, { name: "ALICE-SECRET-BUDGET", scope: "total", period: "monthly", amount: 5000 });
  alice = {
    id: aliceUser.id, accountId, budgetId: budget.id,
    token: (await createApiToken(aliceUser.id, { name: "alice", scopes: ["read", "write"] })).token,
    markers: ["ALICE-SECRET", aliceUser.email, accountId, budget.id],
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
    expect(ids).toEqual(expect.arrayContaining(["listAccounts", "getAccount", "listTransactions", "listCategories", "listBudgets", "createBudget", "getSyncStatus", "adminListUsers"]));
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
      const adminOnly = op["x-admin-only"] === true;
      const ids = { accountId: alice.accountId, budgetId: alice.budgetId, userId: alice.id };
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
      const ids = { accountId: alice.accountId, budgetId: alice.budgetId, userId: alice.id };
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
  });
});
