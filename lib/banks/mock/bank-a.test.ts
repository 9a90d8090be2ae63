import { describe, expect, it } from "vitest";
import type { BankView, BankViewTransaction } from "@/lib/generator/bank-view-at";
import { renderAccounts, renderTransactionsPage } from "./bank-a";
import { MockBankInputError } from "./encode-cursor";

function tx(id: string, date: string, amount: number, pending = false): BankViewTransaction {
  return {
    id,
    accountId: "acc_1",
    currency: "USD",
    date,
    authorizedAt: `${date}T15:00:00.000Z`,
    postedAt: pending ? null : `${date}T23:00:00.000Z`,
    pending,
    amount,
    description: `SHOP ${id}`,
    merchantName: null,
    merchantCity: null,
    mcc: null,
    pendingTransactionId: null,
    firstSeenAt: `${date}T15:00:00.000Z`,
    updatedAt: `${date}T15:00:00.000Z`,
  };
}

const view: BankView = {
  instant: "2024-03-10T00:00:00.000Z",
  utcOffsetMinutes: -300,
  accounts: [
    { id: "acc_1", bankId: "bank-a", name: "Everyday Checking", type: "checking", currency: "USD", mask: "4821", currentBalance: 123450, availableBalance: 120000, creditLimit: null },
    { id: "acc_2", bankId: "bank-a", name: "Card", type: "credit_card", currency: "USD", mask: "7719", currentBalance: -8500, availableBalance: 991500, creditLimit: 1_000_000 },
  ],
  transactions: [tx("t1", "2024-03-01", -1250), tx("t2", "2024-03-02", 310000), tx("t3", "2024-03-03", -999, true)],
  removed: [],
};

describe("BankA renderAccounts", () => {
  it("uses unsigned decimal strings with DR/CR", () => {
    expect(renderAccounts(view).accounts).toEqual([
      { acc_id: "acc_1", acc_name: "Everyday Checking", acc_type: "CHECKING", acc_number_masked: "XXXX4821", currency: "USD", curr_bal: "1234.50", curr_bal_dr_cr: "CR", avail_bal: "1200.00", avail_bal_dr_cr: "CR" },
      { acc_id: "acc_2", acc_name: "Card", acc_type: "CREDIT_CARD", acc_number_masked: "XXXX7719", currency: "USD", curr_bal: "85.00", curr_bal_dr_cr: "DR", avail_bal: "9915.00", avail_bal_dr_cr: "CR" },
    ]);
  });
});

describe("BankA renderTransactionsPage", () => {
  it("returns newest first with a stable opaque cursor", () => {
    const first = renderTransactionsPage(view, { count: 2 });
    expect(first.transactions).toEqual([
      { txn_id: "t3", acc_id: "acc_1", txn_date: "2024-03-03", post_date: null, amount: "9.99", dr_cr: "DR", currency: "USD", narrative: "SHOP t3", status: "PENDING" },
      { txn_id: "t2", acc_id: "acc_1", txn_date: "2024-03-02", post_date: "2024-03-02", amount: "3100.00", dr_cr: "CR", currency: "USD", narrative: "SHOP t2", status: "POSTED" },
    ]);
    expect(first.count).toBe(2);
    expect(first.next_cursor).toBe(renderTransactionsPage(view, { count: 2 }).next_cursor);
    expect(first.next_cursor).not.toMatch(/offset/);
    const second = renderTransactionsPage(view, { count: 2, cursor: first.next_cursor });
    expect(second.transactions.map((t) => t.txn_id)).toEqual(["t1"]);
    expect(second.next_cursor).toBeNull();
  });

  it("corrupts only the records it is told to", () => {
    const page = renderTransactionsPage(view, { count: 3, corruptions: new Map([[1, "non_numeric_amount" as const]]) });
    expect(page.transactions.map((t) => t.amount)).toEqual(["9.99", "12.3O", "12.50"]);
  });

  it("refuses foreign or corrupt cursors and bad counts", () => {
    expect(() => renderTransactionsPage(view, { cursor: "b1.eyJ9" })).toThrow(MockBankInputError);
    expect(() => renderTransactionsPage(view, { cursor: "a1.!!!" })).toThrow(/corrupt/);
    expect(() => renderTransactionsPage(view, { count: 0 })).toThrow(/count/);
  });

  it("filters by account", () => {
    expect(renderTransactionsPage(view, { accountId: "acc_2" }).transactions).toEqual([]);
  });
});

describe("BankA while data changes between pages", () => {
  it("repeats a row when a new transaction arrives mid-paging, as offset cursors do", () => {
    const first = renderTransactionsPage(view, { count: 2 });
    const grown: BankView = { ...view, transactions: [...view.transactions, tx("t4", "2024-03-04", -500)] };
    const second = renderTransactionsPage(grown, { count: 2, cursor: first.next_cursor });
    const seen = [...first.transactions, ...second.transactions].map((t) => t.txn_id);
    expect(seen).toEqual(["t3", "t2", "t2", "t1"]);
  });
});
