import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { decryptConnectionTokens } from "@/lib/banks/connections/connection-tokens";
import { completeLink } from "@/lib/banks/link/complete-link";
import { startLink } from "@/lib/banks/link/start-link";
import { resetMockBankFaults } from "@/lib/banks/mock-server/mock-bank-faults";
import type { BankProvider, ProviderId, RawRecord } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import { prisma } from "@/lib/db";
import { createUser } from "../helpers/factories";
import { answerConsent, callMockBank, DEMO_PASSWORDS, mockBankFetch } from "../helpers/mock-bank-fetch";

const providerOptions = { fetch: mockBankFetch };
const tokens = {} as Record<ProviderId, string>;

afterEach(() => resetMockBankFaults());

beforeAll(async () => {
  const user = await createUser();
  for (const bank of ["bank-a", "bank-b", "bank-c"] as const) {
    const { authorizationUrl } = await startLink(user.id, bank, {}, { providerOptions });
    const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS[bank], username: bank === "bank-c" ? "sam.taylor" : "alex.morgan" });
    const { connectionId } = await completeLink(user.id, bank, { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions });
    tokens[bank] = decryptConnectionTokens(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } }))?.accessToken ?? "";
  }
});

async function readAll(provider: BankProvider, token: string, cursor: string | null = null) {
  const records: RawRecord[] = [];
  const modified: RawRecord[] = [];
  let page: string | null = null;
  let pages = 0;
  let cursorAfter: string | null = null;
  do {
    const result = await provider.fetchTransactionsPage(token, { cursor, page });
    records.push(...result.added);
    modified.push(...result.modified);
    page = result.nextPage;
    cursorAfter = result.cursorAfter;
    pages += 1;
  } while (page);
  return { records, modified, pages, cursorAfter };
}

async function setFaults(bank: ProviderId, faults: Record<string, unknown>) {
  const response = await callMockBank("PUT", `/api/mock-banks/${bank}/admin/faults`, faults);
  expect(response.status).toBe(200);
}

describe("the mock banks over HTTP", () => {
  it("BankA: JSON accounts and newest-first transaction pages that all normalize", async () => {
    const provider = getProvider("bank-a", providerOptions);
    const accounts = (await provider.fetchAccounts(tokens["bank-a"])).map((r) => provider.normalizeAccount(r));
    expect(accounts.map((a) => a.ok && [a.value.type, a.value.currency])).toEqual([["checking", "USD"], ["savings", "USD"]]);
    const { records, cursorAfter } = await readAll(provider, tokens["bank-a"]);
    expect(records.length).toBeGreaterThan(100);
    expect(cursorAfter).toBeNull();
    const normalized = records.map((r) => provider.normalizeTransaction(r));
    expect(normalized.filter((r) => !r.ok)).toEqual([]);
    const dates = normalized.flatMap((r) => (r.ok ? [r.value.date] : []));
    expect(dates).toEqual([...dates].sort().reverse());
    // Simulated clock: nothing the bank serves is dated after today.
    expect(dates[0] && dates[0] <= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it("BankB: a delta cursor; syncing again from it returns no new rows", async () => {
    const provider = getProvider("bank-b", providerOptions);
    const first = await readAll(provider, tokens["bank-b"]);
    expect(first.records.length).toBeGreaterThan(20);
    expect(first.cursorAfter).toMatch(/^b1\./);
    const normalized = first.records.map((r) => provider.normalizeTransaction(r));
    expect(normalized.filter((r) => !r.ok)).toEqual([]);
    const cardId = (await provider.fetchAccounts(tokens["bank-b"]))[0]?.externalId;
    expect(new Set(normalized.map((r) => r.ok && r.value.accountExternalId))).toEqual(new Set([cardId]));
    const again = await readAll(provider, tokens["bank-b"], first.cursorAfter);
    expect(again.records).toEqual([]);
  });

  it("BankC: Latin-1 XML kept verbatim per record, paged, filtered by a since date", async () => {
    const provider = getProvider("bank-c", providerOptions);
    const accounts = (await provider.fetchAccounts(tokens["bank-c"])).map((r) => provider.normalizeAccount(r));
    expect(accounts.map((a) => a.ok && [a.value.name, a.value.currency])).toEqual([["Current Account", "GBP"], ["Easy Saver", "GBP"]]);
    const all = await readAll(provider, tokens["bank-c"]);
    expect(all.records.length).toBeGreaterThan(50);
    expect(all.pages).toBe(Math.ceil(all.records.length / 200));
    expect(all.records[0]?.payload).toEqual({ raw: expect.stringMatching(/^<Txn><TxnRef>.+<\/Txn>$/) });
    const normalized = all.records.map((r) => provider.normalizeTransaction(r));
    expect(normalized.filter((r) => !r.ok)).toEqual([]);
    const dates = normalized.flatMap((r) => (r.ok ? [r.value.date] : []));
    const since = dates[Math.floor(dates.length / 2)] ?? "";
    const recent = await readAll(provider, tokens["bank-c"], since);
    expect(recent.records.length).toBeLessThan(all.records.length);
    expect(recent.records.map((r) => provider.normalizeTransaction(r)).every((r) => r.ok && r.value.date >= since)).toBe(true);
  });

  it("requires the bank's own bearer token", async () => {
    expect((await callMockBank("GET", "/api/mock-banks/bank-a/accounts")).status).toBe(401);
    const foreign = await callMockBank("GET", "/api/mock-banks/bank-a/accounts", undefined, { authorization: `Bearer ${tokens["bank-b"]}` });
    expect(foreign.status).toBe(401);
    expect(foreign.headers.get("www-authenticate")).toContain('error="invalid_token"');
    await expect(getProvider("bank-c", providerOptions).fetchAccounts("not-a-token")).rejects.toMatchObject({ failure: { kind: "reauth_required" } });
    expect((await callMockBank("GET", "/api/mock-banks/bank-z/accounts")).status).toBe(404);
  });
});

describe("fault injection over HTTP", () => {
  it("5xx becomes unavailable and 429 becomes rate_limited with the Retry-After", async () => {
    await setFaults("bank-a", { errorRate: 1 });
    await expect(getProvider("bank-a", providerOptions).fetchAccounts(tokens["bank-a"])).rejects.toMatchObject({ failure: { kind: "unavailable", status: expect.any(Number) } });
    await setFaults("bank-b", { rateLimitRate: 1, retryAfterSeconds: 7 });
    await expect(getProvider("bank-b", providerOptions).fetchTransactionsPage(tokens["bank-b"], { cursor: null, page: null })).rejects.toMatchObject({
      failure: { kind: "rate_limited", retryAfterMs: 7000 },
    });
    await setFaults("bank-c", { errorRate: 1 });
    await expect(getProvider("bank-c", providerOptions).fetchTransactionsPage(tokens["bank-c"], { cursor: null, page: null })).rejects.toMatchObject({ failure: { kind: "unavailable" } });
  });

  it("a share of errors is reproducible from the seed", async () => {
    const outcomes = async () => {
      await setFaults("bank-a", { errorRate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i += 1) statuses.push((await callMockBank("GET", "/api/mock-banks/bank-a/accounts", undefined, { authorization: `Bearer ${tokens["bank-a"]}` })).status);
      return statuses;
    };
    const first = await outcomes();
    expect(first.filter((s) => s >= 500).length).toBeGreaterThan(0);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(await outcomes()).toEqual(first);
  });

  it("malformed records fail normalization one by one with a reason", async () => {
    await setFaults("bank-b", { malformedRate: 1, malformedKinds: ["non_numeric_amount"] });
    const provider = getProvider("bank-b", providerOptions);
    const page = await provider.fetchTransactionsPage(tokens["bank-b"], { cursor: null, page: null });
    const results = page.added.map((r) => provider.normalizeTransaction(r));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => !r.ok && /amount/.test(r.reason))).toBe(true);
  });

  it("adds latency", async () => {
    await setFaults("bank-a", { latencyMs: 150 });
    const started = Date.now();
    await getProvider("bank-a", providerOptions).fetchAccounts(tokens["bank-a"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("refuses a bad fault setting with a message naming the field", async () => {
    const response = await callMockBank("PUT", "/api/mock-banks/bank-a/admin/faults", { errorRate: 2 });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^errorRate: /);
    const action = await callMockBank("POST", "/api/mock-banks/bank-a/admin/faults", { action: "explode" });
    expect(await action.json()).toEqual({ error: { code: "validation", message: "action: must be expire_tokens or revoke_grants" } });
    expect(await (await callMockBank("GET", "/api/mock-banks/bank-a/admin/faults")).json()).toMatchObject({ faults: { errorRate: 0, rateLimitRate: 0 } });
  });
});

describe("the token endpoint", () => {
  it("speaks OAuth errors for bad grant types, codes and clients, form or JSON", async () => {
    const form = await mockBankFetch("http://localhost:3000/api/mock-banks/bank-a/token", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password&client_id=fathom",
    });
    expect(form.status).toBe(400);
    expect(await form.json()).toEqual({ error: "unsupported_grant_type", error_description: "grant_type: must be authorization_code or refresh_token" });
    const json = await callMockBank("POST", "/api/mock-banks/bank-a/token", { grant_type: "authorization_code", code: "nope", redirect_uri: "http://localhost:3000/api/banks/bank-a/callback", code_verifier: "x", client_id: "fathom" });
    expect(await json.json()).toEqual({ error: "invalid_grant", error_description: "code: is not valid" });
    const client = await callMockBank("POST", "/api/mock-banks/bank-a/token", { grant_type: "refresh_token", refresh_token: "x", client_id: "evil" });
    expect(client.status).toBe(401);
    expect(((await client.json()) as { error: string }).error).toBe("invalid_client");
  });

  it("the consent endpoints refuse an unregistered redirect URI and a missing PKCE challenge", async () => {
    const base = { response_type: "code", client_id: "fathom", state: "s".repeat(20), code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256" };
    const wrongRedirect = await callMockBank("POST", "/api/mock-banks/bank-a/sign-in", { username: "alex.morgan", password: DEMO_PASSWORDS["bank-a"], params: { ...base, redirect_uri: "http://localhost:3000/api/banks/bank-a/callback/" } });
    expect(await wrongRedirect.json()).toEqual({ error: { code: "validation", message: "redirect_uri: does not exactly match the registered redirect URI" } });
    const plain = await callMockBank("POST", "/api/mock-banks/bank-a/sign-in", { username: "alex.morgan", password: DEMO_PASSWORDS["bank-a"], params: { ...base, redirect_uri: "http://localhost:3000/api/banks/bank-a/callback", code_challenge_method: "plain" } });
    expect(await plain.json()).toEqual({ error: { code: "validation", message: "code_challenge_method: must be S256 (PKCE is required)" } });
    const wrongPassword = await callMockBank("POST", "/api/mock-banks/bank-a/sign-in", { username: "alex.morgan", password: "guess", params: { ...base, redirect_uri: "http://localhost:3000/api/banks/bank-a/callback" } });
    expect(wrongPassword.status).toBe(401);
  });
});
