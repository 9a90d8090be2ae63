import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualAccount } from "@/lib/accounts/create-manual-account";
import { getAccountDetail } from "@/lib/accounts/get-account-detail";
import { getNetWorth } from "@/lib/accounts/get-net-worth";
import { prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { toErrorResponse } from "@/lib/errors";
import { fetchProviderRates } from "@/lib/exchange-rates/fetch-provider-rates";
import { loadRateQuotes } from "@/lib/exchange-rates/load-rate-quotes";
import { loadReferenceRates } from "@/lib/exchange-rates/load-reference-rates";
import { refreshExchangeRates } from "@/lib/exchange-rates/refresh-exchange-rates";
import { saveManualRate } from "@/lib/exchange-rates/save-manual-rate";
import { createManualTransaction } from "@/lib/manual-transactions/create-manual-transaction";
import { createUser } from "../helpers/factories";

const NOW = new Date("2026-11-21T12:00:00Z");
let server: Server;
let base = "";
const responses: Record<string, { status: number; body: string }> = {
  "/latest": { status: 200, body: JSON.stringify({ base: "USD", date: "2026-11-20", rates: { EUR: 0.9215, JPY: 152.4, KWD: "0.3071", XXX1: 1, BAD: -3 } }) },
  "/broken": { status: 200, body: "<html>not json</html>" },
  "/down": { status: 503, body: "{}" },
};

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const answer = responses[request.url ?? ""] ?? { status: 404, body: "{}" };
    response.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.EXCHANGE_RATES_URL;
  resetEnvCache();
  await new Promise((resolve) => server.close(resolve));
});

describe("exchange rates", () => {
  it("loads the bundled reference rates once", async () => {
    const first = await loadReferenceRates();
    expect(first).toBe(156 * 5);
    expect(await loadReferenceRates()).toBe(0);
    const kwd = await prisma().exchangeRate.findFirst({ where: { base: "USD", quote: "KWD", source: "reference" }, orderBy: { date: "asc" } });
    expect([kwd?.date.toISOString().slice(0, 10), kwd?.rate.toFixed()]).toEqual(["2025-01-06", "0.3026"]);
  });

  it("fetches and parses a provider over HTTP, keeping the published digits and skipping bad codes", async () => {
    const rates = await fetchProviderRates(`${base}/latest`);
    expect(rates.quotes).toEqual([
      { from: "USD", to: "EUR", date: "2026-11-20", rate: "0.9215" },
      { from: "USD", to: "JPY", date: "2026-11-20", rate: "152.4" },
      { from: "USD", to: "KWD", date: "2026-11-20", rate: "0.3071" },
    ]);
    expect(rates.skipped).toEqual(["XXX1", "BAD"]);
    expect(await failure(fetchProviderRates(`${base}/broken`))).toEqual({ status: 503, message: "The exchange-rate provider sent something other than JSON" });
    expect(await failure(fetchProviderRates(`${base}/down`))).toEqual({ status: 503, message: "The exchange-rate provider answered 503" });

    process.env.EXCHANGE_RATES_URL = `${base}/latest`;
    resetEnvCache();
    expect(await refreshExchangeRates()).toEqual({ date: "2026-11-20", stored: 3 });
    expect(await refreshExchangeRates()).toEqual({ date: "2026-11-20", stored: 3 });
    expect(await prisma().exchangeRate.count({ where: { source: "provider" } })).toBe(3);
  });

  it("converts each transaction at its own date's rate and marks a missing one instead of using 1", async () => {
    const user = await createUser();
    const yen = await createManualAccount(user.id, { name: "Yen", type: "cash", currency: "JPY", openingBalance: "15240" });
    await createManualTransaction(user.id, { kind: "expense", accountId: yen.id, amount: "1524", date: "2026-11-20", description: "Lunch" }, NOW);
    await createManualTransaction(user.id, { kind: "expense", accountId: yen.id, amount: "1000", date: "2024-01-10", description: "Before any rate" }, NOW);
    const detail = await getAccountDetail(user.id, yen.id, NOW);
    const [lunch, old] = detail.transactions;
    expect(lunch?.inHome).toEqual({ amount: -1000, currency: "USD", rate: "0.006562", rateDate: "2026-11-20", via: "inverse" });
    expect(old?.inHome).toEqual({ amount: null, currency: "USD", rate: null, rateDate: null, via: null });
    expect(detail.missingRates).toBe(1);

    // The user's own rate for that date fills the gap (and wins over shared ones for this user only).
    await saveManualRate(user.id, { base: "JPY", quote: "USD", date: "2024-01-08", rate: "0.0069" });
    const filled = await getAccountDetail(user.id, yen.id, NOW);
    expect(filled.transactions[1]?.inHome).toMatchObject({ amount: -690, rate: "0.0069", rateDate: "2024-01-08", via: "direct" });
    const other = await createUser();
    expect(await loadRateQuotes(other.id, ["JPY"], "2024-01-01", "2024-01-31")).toEqual([]);
  });

  it("sums net worth in the home currency and says when a rate is missing", async () => {
    const user = await createUser();
    await createManualAccount(user.id, { name: "Dollars", type: "checking", currency: "USD", openingBalance: "100.00" });
    await createManualAccount(user.id, { name: "Dinars", type: "savings", currency: "KWD", openingBalance: "30.710" });
    await createManualAccount(user.id, { name: "Loan", type: "loan", currency: "USD", openingBalance: "-50.00" });
    const worth = await getNetWorth(user.id, "2026-11-21");
    expect(worth.accounts.map((a) => [a.name, a.converted.amount])).toEqual([["Dollars", 10_000], ["Dinars", 10_000], ["Loan", -5_000]]);
    expect([worth.currency, worth.total, worth.complete]).toEqual(["USD", 15_000, true]);
    await createManualAccount(user.id, { name: "Francs", type: "cash", currency: "CHF", openingBalance: "10" });
    const partial = await getNetWorth(user.id, "2026-11-21");
    expect([partial.total, partial.complete]).toEqual([15_000, false]);
  });

  it("refuses a bad manual rate naming the field", async () => {
    const user = await createUser();
    expect(await failure(saveManualRate(user.id, { base: "USD", quote: "USD", date: "2026-11-20", rate: "1" }))).toEqual({ status: 422, message: "quote: must differ from base" });
    expect(await failure(saveManualRate(user.id, { base: "USD", quote: "EUR", date: "2026-11-20", rate: "-1" }))).toEqual({ status: 422, message: "rate: must be a positive decimal such as 0.9215" });
    expect(await failure(saveManualRate(user.id, { base: "USD", quote: "EUR", date: "2026-11-20", rate: "0" }))).toEqual({ status: 422, message: "rate: must be greater than zero" });
  });
});
