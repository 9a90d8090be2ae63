import { describe, expect, it } from "vitest";
import { BANK_A_FIELD_PATHS } from "@/lib/banks/mock/bank-a";
import { corruptRecord } from "@/lib/banks/mock/corrupt-record";
import { normalizeBankAAccount, normalizeBankATransaction } from "./normalize-bank-a";

const debit = {
  txn_id: "txn_9f1c",
  acc_id: "acc_42",
  txn_date: "2024-03-05",
  post_date: "2024-03-06",
  amount: "1234.50",
  dr_cr: "DR",
  currency: "USD",
  narrative: "SQ *BLUE BOTTLE COFFEE ",
  status: "POSTED",
};

describe("normalizeBankATransaction", () => {
  it("turns a DR row into a negative canonical amount", () => {
    expect(normalizeBankATransaction(debit)).toEqual({
      ok: true,
      value: {
        externalId: "txn_9f1c",
        accountExternalId: "acc_42",
        amount: -123450,
        currency: "USD",
        pending: false,
        date: "2024-03-05",
        description: "SQ *BLUE BOTTLE COFFEE",
      },
    });
  });

  it("keeps CR positive and marks PENDING rows", () => {
    const result = normalizeBankATransaction({ ...debit, dr_cr: "CR", status: "PENDING", amount: "3100.00", currency: "INR" });
    expect(result.ok && result.value).toMatchObject({ amount: 310000, pending: true, currency: "INR" });
  });

  it.each([
    ["missing_field", "amount: is missing", "fieldMissing", { field: "amount" }],
    ["impossible_date", "date: is not a real calendar date", "fieldInvalid", { field: "date" }],
    ["non_numeric_amount", "amount: must be an unsigned decimal like 1234.50", "fieldFormat", { field: "amount" }],
    ["oversized_description", "description: is longer than 1024 characters", "fieldInvalid", { field: "description" }],
  ] as const)("quarantines a %s record with a readable reason and a code the app translates", (kind, reason, code, params) => {
    expect(normalizeBankATransaction(corruptRecord(debit, kind, BANK_A_FIELD_PATHS))).toEqual({ ok: false, reason, code, params });
  });

  it("refuses more decimals than the currency has instead of rounding", () => {
    expect(normalizeBankATransaction({ ...debit, amount: "1.005" })).toEqual({ ok: false, reason: 'amount: "1.005" has more decimal places than USD allows (2)', code: "fieldNotAmount", params: { field: "amount", text: "1.005" } });
  });
});

describe("normalizeBankAAccount", () => {
  it("reads a DR card balance as money owed", () => {
    expect(
      normalizeBankAAccount({
        acc_id: "acc_7",
        acc_name: "Sapphire Card",
        acc_type: "CREDIT_CARD",
        acc_number_masked: "XXXX7719",
        currency: "USD",
        curr_bal: "850.00",
        curr_bal_dr_cr: "DR",
        avail_bal: "9150.00",
        avail_bal_dr_cr: "CR",
      }),
    ).toEqual({
      ok: true,
      value: { externalId: "acc_7", name: "Sapphire Card", type: "credit_card", currency: "USD", currentBalance: -85000, availableBalance: 915000, mask: "7719" },
    });
  });

  it("names an unknown account type", () => {
    const result = normalizeBankAAccount({ acc_id: "a", acc_name: "X", acc_type: "BROKERAGE", currency: "USD", curr_bal: "1.00", curr_bal_dr_cr: "CR" });
    expect(result).toEqual({ ok: false, reason: "acc_type: must be CHECKING, SAVINGS or CREDIT_CARD", code: "fieldOneOf", params: { field: "acc_type", values: "CHECKING, SAVINGS, CREDIT_CARD" } });
  });
});
