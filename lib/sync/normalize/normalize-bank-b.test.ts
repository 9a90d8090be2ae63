import { describe, expect, it } from "vitest";
import { BANK_B_FIELD_PATHS } from "@/lib/banks/mock/bank-b";
import { corruptRecord } from "@/lib/banks/mock/corrupt-record";
import { normalizeBankBAccount, normalizeBankBTransaction } from "./normalize-bank-b";

const posted = {
  id: "txn_b2",
  accountId: "acc_card",
  amount: { value: 4210, currency: "USD" },
  status: "posted",
  authorizedAt: "2024-03-05T21:40:00-05:00",
  postedAt: "2024-03-07T03:10:00-05:00",
  description: "TST* JOES PIZZA 1234",
  merchant: { name: "Joe's Pizza", mcc: "5812", city: "New York" },
  category: { primary: "FOOD_AND_DRINK" },
  pendingTransactionId: "txn_b1",
};

describe("normalizeBankBTransaction", () => {
  it("flips Plaid's positive-out sign and dates by the UTC authorization day", () => {
    expect(normalizeBankBTransaction(posted)).toEqual({
      ok: true,
      value: {
        externalId: "txn_b2",
        accountExternalId: "acc_card",
        amount: -4210,
        currency: "USD",
        pending: false,
        authorizedAt: "2024-03-06T02:40:00.000Z",
        postedAt: "2024-03-07T08:10:00.000Z",
        date: "2024-03-06",
        description: "TST* JOES PIZZA 1234",
        merchantName: "Joe's Pizza",
        mcc: "5812",
        providerCategory: "FOOD_AND_DRINK",
        pendingExternalId: "txn_b1",
      },
    });
  });

  it("reads a refund (negative value) as money in and a pending row without postedAt", () => {
    const result = normalizeBankBTransaction({ ...posted, amount: { value: -999, currency: "GBP" }, status: "pending", postedAt: null, merchant: null, category: null, pendingTransactionId: null });
    expect(result).toEqual({
      ok: true,
      value: { externalId: "txn_b2", accountExternalId: "acc_card", amount: 999, currency: "GBP", pending: true, authorizedAt: "2024-03-06T02:40:00.000Z", date: "2024-03-06", description: "TST* JOES PIZZA 1234" },
    });
  });

  it.each([
    ["missing_field", "amount.value: is missing"],
    ["impossible_date", 'authorizedAt: "2024-02-30T25:61:00+00:00" is not an ISO 8601 timestamp with an offset'],
    ["non_numeric_amount", "amount.value: must be a number of minor units"],
    ["oversized_description", "description: is longer than 1024 characters"],
  ] as const)("quarantines a %s record with a readable reason", (kind, reason) => {
    expect(normalizeBankBTransaction(corruptRecord(posted, kind, BANK_B_FIELD_PATHS))).toMatchObject({ ok: false, reason });
  });

  it("rejects fractional minor units", () => {
    expect(normalizeBankBTransaction({ ...posted, amount: { value: 12.5, currency: "USD" } })).toMatchObject({ ok: false, reason: "amount.value: must be whole minor units" });
  });
});

describe("normalizeBankBAccount", () => {
  it("turns a positive credit balance into a negative amount owed", () => {
    expect(
      normalizeBankBAccount({
        id: "acc_card",
        name: "Platinum",
        type: "credit",
        subtype: "credit card",
        mask: "3007",
        balances: { current: { value: 42000, currency: "GBP" }, available: { value: 558000, currency: "GBP" }, limit: { value: 600000, currency: "GBP" } },
      }),
    ).toEqual({ ok: true, value: { externalId: "acc_card", name: "Platinum", type: "credit_card", currency: "GBP", currentBalance: -42000, availableBalance: 558000, mask: "3007" } });
  });
});
