import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generator/create-random";
import { generateHistory } from "@/lib/generator/generate-history";
import { decodeLatin1, parseBankCTransactionsDocument } from "@/lib/sync/normalize/normalize-bank-c";
import { normalizeBankATransaction } from "@/lib/sync/normalize/normalize-bank-a";
import { FaultConfigSchema } from "./decide-fault";
import { handleMockBankRequest } from "./handle-mock-bank-request";

const { dataset } = generateHistory({ seed: 5, months: 3, persona: "us" });
const ukDataset = generateHistory({ seed: 5, months: 3, persona: "uk" }).dataset;
const instant = "2024-03-20T12:00:00.000Z";
const calm = { instant, faults: FaultConfigSchema.parse({}), random: () => 0.5 };

function json(body: string | Uint8Array): unknown {
  return JSON.parse(typeof body === "string" ? body : decodeLatin1(body));
}

describe("handleMockBankRequest", () => {
  it("serves only the accounts that bank holds", () => {
    const a = json(handleMockBankRequest(dataset, { bank: "bank-a", resource: "accounts" }, calm).body) as { accounts: Array<{ acc_type: string }> };
    expect(a.accounts.map((x) => x.acc_type)).toEqual(["CHECKING", "SAVINGS"]);
    const b = json(handleMockBankRequest(dataset, { bank: "bank-b", resource: "accounts" }, calm).body) as { accounts: Array<{ type: string }> };
    expect(b.accounts.map((x) => x.type)).toEqual(["credit"]);
  });

  it("answers 429 with Retry-After and 5xx as errors, never 200", () => {
    const faults = FaultConfigSchema.parse({ rateLimitRate: 0.3, errorRate: 0.3, retryAfterSeconds: 9, latencyMs: 40 });
    const limited = handleMockBankRequest(dataset, { bank: "bank-a", resource: "transactions" }, { instant, faults, random: () => 0.1 });
    expect(limited).toMatchObject({ status: 429, headers: { "retry-after": "9" }, delayMs: 40 });
    expect(json(limited.body)).toEqual({ error: { code: "rate_limited", message: "Too many requests" } });
    const failing = handleMockBankRequest(dataset, { bank: "bank-c", resource: "transactions" }, { instant, faults, random: () => 0.4 });
    expect(failing.status).toBeGreaterThanOrEqual(500);
    expect(decodeLatin1(failing.body as Uint8Array)).toContain("<Code>upstream_unavailable</Code>");
  });

  it("returns 400 for a bad cursor or page instead of throwing", () => {
    const bad = handleMockBankRequest(dataset, { bank: "bank-b", resource: "transactions", query: { cursor: "nope" } }, calm);
    expect(bad.status).toBe(400);
    expect(handleMockBankRequest(dataset, { bank: "bank-c", resource: "transactions", query: { page: "x" } }, calm).status).toBe(400);
  });

  it("corrupts records so the normalizer can quarantine them", () => {
    const random = createRandom(9);
    const faults = FaultConfigSchema.parse({ malformedRate: 0.2 });
    const page = json(handleMockBankRequest(dataset, { bank: "bank-a", resource: "transactions", query: { count: "25" } }, { instant, faults, random: () => random.next() }).body) as { transactions: unknown[] };
    const results = page.transactions.map(normalizeBankATransaction);
    const rejected = results.filter((r) => !r.ok);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.length).toBeLessThan(15);
    expect(results.length).toBe(25);
  });

  it("serves continuation pages from a later instant when mutateDuringPaging is on", () => {
    const faults = FaultConfigSchema.parse({ mutateDuringPaging: true });
    // The UK salary posts early on the 28th, inside the 12-hour jump.
    const context = { instant: "2024-03-27T20:00:00.000Z", faults, random: () => 0.5 };
    const first = handleMockBankRequest(ukDataset, { bank: "bank-c", resource: "transactions", query: { page: "1", count: "10" } }, context);
    const later = handleMockBankRequest(ukDataset, { bank: "bank-c", resource: "transactions", query: { page: "1", count: "10" } }, { ...context, instant: "2024-03-28T08:00:00.000Z" });
    const second = handleMockBankRequest(ukDataset, { bank: "bank-c", resource: "transactions", query: { page: "2", count: "10" } }, context);
    const total = (body: string | Uint8Array) => {
      const parsed = parseBankCTransactionsDocument(body as Uint8Array);
      return parsed.ok ? parsed.value.total : -1;
    };
    expect(total(second.body)).toBe(total(later.body));
    expect(total(second.body)).toBeGreaterThan(total(first.body));
  });

  it("carries a listing version and answers a first page asked unless_version of it as not modified (BankA, BankC)", () => {
    const a = json(handleMockBankRequest(dataset, { bank: "bank-a", resource: "transactions", query: { count: "5" } }, calm).body) as { listing_version: string; transactions: unknown[] };
    expect(a.listing_version).toMatch(/^v1\./);
    expect(a.transactions).toHaveLength(5);
    const same = json(handleMockBankRequest(dataset, { bank: "bank-a", resource: "transactions", query: { count: "5", unless_version: a.listing_version } }, calm).body);
    expect(same).toEqual({ transactions: [], count: 0, next_cursor: null, listing_version: a.listing_version, not_modified: true });
    // A later instant with new rows has another version, so the client gets the listing.
    const later = { ...calm, instant: "2024-03-27T12:00:00.000Z" };
    const changed = json(handleMockBankRequest(dataset, { bank: "bank-a", resource: "transactions", query: { count: "5", unless_version: a.listing_version } }, later).body) as { listing_version: string; transactions: unknown[]; not_modified?: boolean };
    expect(changed.listing_version).not.toBe(a.listing_version);
    expect([changed.transactions.length, changed.not_modified]).toEqual([5, undefined]);

    const c = decodeLatin1(handleMockBankRequest(ukDataset, { bank: "bank-c", resource: "transactions", query: { count: "5" } }, calm).body as Uint8Array);
    const version = /<TransactionList[^>]*\sversion="([^"]+)"/.exec(c)?.[1] ?? "";
    expect(version).toMatch(/^v1\./);
    const notModified = handleMockBankRequest(ukDataset, { bank: "bank-c", resource: "transactions", query: { count: "5", unless_version: version } }, calm).body as Uint8Array;
    expect(decodeLatin1(notModified)).toContain('notModified="true"');
    const parsed = parseBankCTransactionsDocument(notModified);
    expect(parsed.ok && [parsed.value.records.length, parsed.value.pageCount]).toEqual([0, 1]);
    // BankB has deltas and ignores the parameter.
    const b = json(handleMockBankRequest(dataset, { bank: "bank-b", resource: "transactions", query: { unless_version: "v1.x" } }, calm).body) as Record<string, unknown>;
    expect(b.listing_version).toBeUndefined();
  });
});
