import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { DELETE, GET, POST, PUT } from "@/app/api/v1/[...path]/route";
import { API_LIMIT_PER_TOKEN } from "@/lib/api/api-rate-limits";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { hashSecret } from "@/lib/auth/hash-secret";
import { prisma } from "@/lib/db";
import { resetInMemoryRateLimits } from "@/lib/rate-limit";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

const HANDLERS = { GET, POST, PUT, DELETE } as const;

async function callApi(method: keyof typeof HANDLERS, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const url = new URL(`http://localhost/api/v1${path}`);
  const headers: Record<string, string> = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
  const init: { method: string; headers: Record<string, string>; body?: string } = { method, headers };
  if (options.body !== undefined) {
    init.body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const segments = url.pathname.replace(/^\/api\/v1\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const response = await HANDLERS[method](new NextRequest(url, init), { params: Promise.resolve({ path: segments }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

beforeEach(() => resetInMemoryRateLimits());

describe("personal access tokens", () => {
  it("are shown once, stored as a SHA-256 only, list their last use and stop working when revoked", async () => {
    const user = await createUser();
    const created = await createApiToken(user.id, { name: "Budget script", scopes: ["read", "write"], expiresInDays: 30 });
    expect(created.token).toMatch(/^fth_[A-Za-z0-9_-]{43}$/);
    const row = await prisma().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashSecret(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "security.token_created" } })).toBe(1);

    expect((await listApiTokens(user.id))[0]).toMatchObject({ name: "Budget script", lastUsedAt: null, status: "active", scopes: ["read", "write"] });
    const ok = await callApi("GET", "/accounts", { token: created.token });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ accounts: [] });
    expect((await listApiTokens(user.id))[0]?.lastUsedAt).not.toBeNull();

    await revokeApiToken(user.id, created.id);
    const refused = await callApi("GET", "/accounts", { token: created.token });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: { code: "unauthenticated", message: "The API token is invalid, expired or revoked" } });
  });

  it("refuses an expired token, a read-only token on writes and a malformed Authorization header", async () => {
    const user = await createUser();
    const past = await createApiToken(user.id, { name: "old", scopes: ["read"], expiresInDays: 1 }, { now: new Date("2020-01-01T00:00:00Z") });
    expect((await callApi("GET", "/accounts", { token: past.token })).status).toBe(401);

    const readOnly = await createApiToken(user.id, { name: "reader", scopes: ["read"] });
    const write = await callApi("POST", "/budgets", { token: readOnly.token, body: { name: "Food", scope: "total", period: "monthly", amount: 50000 } });
    expect(write.status).toBe(403);
    expect(write.body).toEqual({ error: { code: "forbidden", message: 'This token lacks the "write" scope' } });

    const malformed = await callApi("GET", "/accounts", { headers: { authorization: "Token abc" } });
    expect(malformed.status).toBe(401);
    expect(malformed.body?.error).toMatchObject({ message: 'Authorization: must be "Bearer <token>"' });
    expect((await callApi("GET", "/accounts")).status).toBe(401);
  });

  it("validates token input with messages naming the field", async () => {
    const user = await createUser();
    await expect(createApiToken(user.id, { name: "", scopes: ["read"] })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"], message: "is required" })] });
    await expect(createApiToken(user.id, { name: "x", scopes: [] })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["scopes"], message: "needs at least one scope" })] });
    await expect(createApiToken(user.id, { name: "x", scopes: ["read"], expiresInDays: 999 })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["expiresInDays"] })] });
  });

  it("cannot be listed or revoked by another user", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const token = await createApiToken(alice.id, { name: "alice's", scopes: ["read"] });
    expect(await listApiTokens(bob.id)).toEqual([]);
    await expect(revokeApiToken(bob.id, token.id)).rejects.toMatchObject({ code: "not_found", message: "Token was not found" });
    expect((await callApi("GET", "/accounts", { token: token.token })).status).toBe(200);
  });
});

describe("the REST API", () => {
  it("lists the token owner's transactions and creates a budget with the same lib functions as the pages", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, "Everyday");
    await createTransaction(user.id, account, -1250, "COFFEE", "2026-11-02");
    await createTransaction(user.id, account, -9900, "GROCER", "2026-11-01");
    const { token } = await createApiToken(user.id, { name: "script", scopes: ["read", "write"] });

    const first = await callApi("GET", "/transactions?limit=1", { token });
    expect(first.status).toBe(200);
    expect(first.headers.get("RateLimit-Limit")).toBe(String(API_LIMIT_PER_TOKEN.limit));
    expect(first.headers.get("RateLimit-Remaining")).toBe(String(API_LIMIT_PER_TOKEN.limit - 1));
    expect(first.body).toMatchObject({ transactions: [{ description: "COFFEE", amount: -1250, currency: "USD", accountName: "Everyday" }] });
    const second = await callApi("GET", `/transactions?limit=1&cursor=${String(first.body?.nextCursor)}`, { token });
    expect(second.body).toMatchObject({ transactions: [{ description: "GROCER", amount: -9900 }], nextCursor: null });

    const created = await callApi("POST", "/budgets", { token, body: { name: "Everything", scope: "total", period: "monthly", amount: 250000 } });
    expect(created.status).toBe(201);
    const budgets = await callApi("GET", "/budgets", { token });
    expect(budgets.body).toMatchObject({ budgets: [{ budget: { id: created.body?.id, name: "Everything", amount: 250000, currency: "USD" } }] });
  });

  it("replays a repeated Idempotency-Key and refuses the same key with another body", async () => {
    const user = await createUser();
    const { token } = await createApiToken(user.id, { name: "script", scopes: ["read", "write"] });
    const body = { name: "Groceries cap", scope: "total", period: "monthly", amount: 40000 };
    const first = await callApi("POST", "/budgets", { token, body, headers: { "idempotency-key": "create-groceries-1" } });
    const repeat = await callApi("POST", "/budgets", { token, body, headers: { "idempotency-key": "create-groceries-1" } });
    expect(first.status).toBe(201);
    expect(repeat.status).toBe(201);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await prisma().budget.count({ where: { userId: user.id } })).toBe(1);

    const changed = await callApi("POST", "/budgets", { token, body: { ...body, amount: 1 }, headers: { "idempotency-key": "create-groceries-1" } });
    expect(changed.status).toBe(422);
    expect(changed.body).toEqual({ error: { code: "validation", message: "Idempotency-Key: was already used with a different request; use a new key for a new request" } });

    // Keys are per user: another user's identical key is a new request.
    const bob = await createUser("Bob");
    const bobToken = (await createApiToken(bob.id, { name: "bob", scopes: ["write"] })).token;
    expect((await callApi("POST", "/budgets", { token: bobToken, body, headers: { "idempotency-key": "create-groceries-1" } })).status).toBe(201);
    expect(await prisma().budget.count({ where: { userId: bob.id } })).toBe(1);
    expect((await callApi("POST", "/budgets", { token, body, headers: { "idempotency-key": "has spaces" } })).body?.error).toMatchObject({ message: expect.stringMatching(/^Idempotency-Key: /) });
  });

  it("answers 429 with Retry-After and RateLimit headers past the per-token budget", async () => {
    const user = await createUser();
    const { token } = await createApiToken(user.id, { name: "busy", scopes: ["read"] });
    let last = await callApi("GET", "/categories", { token });
    for (let i = 1; i <= API_LIMIT_PER_TOKEN.limit; i += 1) last = await callApi("GET", "/categories", { token });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(last.headers.get("RateLimit-Limit")).toBe(String(API_LIMIT_PER_TOKEN.limit));
    expect(last.headers.get("RateLimit-Remaining")).toBe("0");
    expect(Number(last.headers.get("RateLimit-Reset"))).toBeGreaterThan(0);
    expect(last.body?.error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/^Rate limit reached: at most 120 requests a minute\. Retry in \d+ s\.$/) });
    // Another token of the same user still has its own budget (the per-user one is larger).
    const other = await createApiToken(user.id, { name: "other", scopes: ["read"] });
    expect((await callApi("GET", "/categories", { token: other.token })).status).toBe(200);
  });

  it("hides admin operations from plain users behind a 404 and serves them to admins", async () => {
    const plain = await createUser("Plain");
    const admin = await createUser("Admin");
    await prisma().user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const plainToken = (await createApiToken(plain.id, { name: "p", scopes: ["read", "write"] })).token;
    const adminToken = (await createApiToken(admin.id, { name: "a", scopes: ["read", "write"] })).token;

    const refused = await callApi("GET", "/admin/users", { token: plainToken });
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual({ error: { code: "not_found", message: "GET /api/v1/admin/users was not found" } });
    expect((await callApi("PUT", `/admin/users/${admin.id}/disabled`, { token: plainToken, body: { disabled: true } })).status).toBe(404);

    const users = await callApi("GET", "/admin/users", { token: adminToken });
    expect(users.status).toBe(200);
    expect((users.body?.users as { email: string }[]).map((u) => u.email)).toEqual(expect.arrayContaining([plain.email, admin.email]));
    const disabled = await callApi("PUT", `/admin/users/${plain.id}/disabled`, { token: adminToken, body: { disabled: true } });
    expect(disabled.body).toEqual({ userId: plain.id, disabled: true });
    // A disabled user's tokens stop working at once.
    expect((await callApi("GET", "/accounts", { token: plainToken })).status).toBe(401);
  });
});
