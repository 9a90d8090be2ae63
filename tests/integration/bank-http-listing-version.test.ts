import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { decryptConnectionTokens } from "@/lib/banks/connections/connection-tokens";
import { completeLink } from "@/lib/banks/link/complete-link";
import { startLink } from "@/lib/banks/link/start-link";
import { resetMockBankFaults } from "@/lib/banks/mock-server/mock-bank-faults";
import type { BankProvider, RawRecord } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import { prisma } from "@/lib/db";
import { createUser } from "../helpers/factories";
import { answerConsent, DEMO_PASSWORDS, mockBankFetch } from "../helpers/mock-bank-fetch";

// The listing-version and since additions over the real HTTP surface (route handlers, minus the socket).
const providerOptions = { fetch: mockBankFetch };
const tokens = { "bank-a": "", "bank-c": "" };

afterEach(() => resetMockBankFaults());

beforeAll(async () => {
  const user = await createUser();
  for (const bank of ["bank-a", "bank-c"] as const) {
    const { authorizationUrl } = await startLink(user.id, bank, {}, { providerOptions });
    const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS[bank], username: bank === "bank-c" ? "sam.taylor" : "alex.morgan" });
    const { connectionId } = await completeLink(user.id, bank, { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions });
    tokens[bank] = decryptConnectionTokens(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } }))?.accessToken ?? "";
  }
});

async function readAll(provider: BankProvider, token: string, cursor: string | null) {
  const records: RawRecord[] = [];
  let page: string | null = null;
  let version: string | null = null;
  do {
    const result = await provider.fetchTransactionsPage(token, { cursor, page });
    if (page === null) version = result.listingVersion ?? null;
    records.push(...result.added);
    page = result.nextPage;
  } while (page);
  const dates = records.map((r) => provider.normalizeTransaction(r)).flatMap((r) => (r.ok ? [r.value.date] : []));
  return { records, dates, version };
}

describe.each(["bank-a", "bank-c"] as const)("%s over HTTP: since reads and listing versions", (bank) => {
  it("lists every row on or after a since date, and answers its own version as not modified", async () => {
    const provider = getProvider(bank, providerOptions);
    expect(provider.changeModel).toBe("since");
    const all = await readAll(provider, tokens[bank], null);
    expect(all.version).toMatch(/^v1\./);
    const since = [...all.dates].sort()[Math.floor(all.dates.length / 2)] ?? "";
    const recent = await readAll(provider, tokens[bank], since);
    // BankA's demo history fits one 200-row page, so only BankC's server-side filter lists fewer here
    // (BankA stopping early is covered in lib/banks/providers/bank-a.test.ts and sync-windowed.test.ts).
    if (bank === "bank-c") expect(recent.records.length).toBeLessThan(all.records.length);
    expect(recent.dates.filter((date) => date >= since).length).toBe(all.dates.filter((date) => date >= since).length);

    const unchanged = await provider.fetchTransactionsPage(tokens[bank], { cursor: null, page: null, knownVersion: all.version });
    expect([unchanged.notModified, unchanged.added.length, unchanged.nextPage, unchanged.listingVersion]).toEqual([true, 0, null, all.version]);
    const stale = await provider.fetchTransactionsPage(tokens[bank], { cursor: null, page: null, knownVersion: "v1.stale" });
    expect([stale.notModified, stale.added.length > 0]).toEqual([false, true]);
  });
});
