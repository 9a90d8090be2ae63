import { describe, expect, it } from "vitest";
import { computeBudgetStatus, findCrossedThresholds, type BudgetTransaction } from "./compute-budget-status";
import { newlyCrossedThresholds } from "./newly-crossed-thresholds";

function tx(date: string, amount: number, extra: Partial<BudgetTransaction> = {}): BudgetTransaction {
  return { date, amount, categoryKey: "dining", pending: false, isTransfer: false, excluded: false, ...extra };
}

const dining = { amount: 40_000, currency: "USD", period: "monthly" as const, categoryKey: "dining" };

describe("computeBudgetStatus", () => {
  it("sums purchases, subtracts refunds, and reports basis points", () => {
    const status = computeBudgetStatus({
      budget: dining,
      transactions: [tx("2024-06-02", -12_000), tx("2024-06-05", -25_000), tx("2024-06-06", 3_000)],
      today: "2024-06-10",
    });
    expect(status.spent).toBe(34_000);
    expect(status.remaining).toBe(6_000);
    expect(status.percentUsedBasisPoints).toBe(8_500);
    expect(status.crossedThresholds).toEqual([80]);
    expect(status.period).toEqual({ start: "2024-06-01", end: "2024-07-01" });
    expect(status.daysElapsed).toBe(10);
    expect(status.daysInPeriod).toBe(30);
    expect(status.countedTransactions).toBe(3);
  });

  it("ignores transfers, excluded rows, other categories and rows outside the period", () => {
    const status = computeBudgetStatus({
      budget: dining,
      transactions: [
        tx("2024-06-02", -1_000),
        tx("2024-06-02", -50_000, { isTransfer: true }),
        tx("2024-06-02", -50_000, { excluded: true }),
        tx("2024-06-02", -50_000, { categoryKey: "groceries" }),
        tx("2024-05-31", -50_000),
        tx("2024-07-01", -50_000),
      ],
      today: "2024-06-10",
    });
    expect(status.spent).toBe(1_000);
    expect(status.countedTransactions).toBe(1);
  });

  it("counts pending unless switched off", () => {
    const transactions = [tx("2024-06-02", -1_000), tx("2024-06-03", -2_000, { pending: true })];
    expect(computeBudgetStatus({ budget: dining, transactions, today: "2024-06-10" }).spent).toBe(3_000);
    expect(computeBudgetStatus({ budget: { ...dining, includePending: false }, transactions, today: "2024-06-10" }).spent).toBe(1_000);
  });

  it("an overall budget (no category) counts every category", () => {
    const status = computeBudgetStatus({
      budget: { amount: 100_000, currency: "USD", period: "monthly" },
      transactions: [tx("2024-06-02", -1_000), tx("2024-06-02", -2_000, { categoryKey: "rent" }), tx("2024-06-02", -4_000, { categoryKey: null })],
      today: "2024-06-02",
    });
    expect(status.spent).toBe(7_000);
  });

  it("refunds exceeding spend floor spending at zero and report the surplus", () => {
    const status = computeBudgetStatus({
      budget: dining,
      transactions: [tx("2024-06-02", -1_000), tx("2024-06-03", 5_000)],
      today: "2024-06-10",
    });
    expect(status.spent).toBe(0);
    expect(status.refundSurplus).toBe(4_000);
    expect(status.remaining).toBe(40_000);
    expect(status.crossedThresholds).toEqual([]);
  });

  it("skips other-currency rows instead of mixing units", () => {
    const status = computeBudgetStatus({
      budget: dining,
      transactions: [tx("2024-06-02", -1_000, { currency: "USD" }), tx("2024-06-02", -9_000, { currency: "EUR" })],
      today: "2024-06-10",
    });
    expect(status.spent).toBe(1_000);
    expect(status.skippedOtherCurrency).toBe(1);
  });

  it("rolls over unspent and overspent amounts only when rollover is on", () => {
    const under = computeBudgetStatus({ budget: { ...dining, rollover: true }, transactions: [tx("2024-06-02", -10_000)], carriedOver: 5_000, today: "2024-06-30" });
    expect(under.available).toBe(45_000);
    expect(under.carryForward).toBe(35_000);

    const over = computeBudgetStatus({ budget: { ...dining, rollover: true }, transactions: [tx("2024-06-02", -30_000)], carriedOver: -15_000, today: "2024-06-30" });
    expect(over.available).toBe(25_000);
    expect(over.remaining).toBe(-5_000);
    expect(over.overBy).toBe(5_000);
    expect(over.carryForward).toBe(-5_000);
    expect(over.crossedThresholds).toEqual([80, 100]);

    const off = computeBudgetStatus({ budget: dining, transactions: [], carriedOver: 5_000, today: "2024-06-30" });
    expect(off.available).toBe(40_000);
    expect(off.carriedOver).toBe(0);
    expect(off.carryForward).toBe(0);
  });

  it("a zero budget: nothing crossed until money is spent, then everything", () => {
    const zero = { ...dining, amount: 0 };
    const idle = computeBudgetStatus({ budget: zero, transactions: [], today: "2024-06-01" });
    expect(idle.percentUsedBasisPoints).toBeNull();
    expect(idle.crossedThresholds).toEqual([]);
    const spent = computeBudgetStatus({ budget: zero, transactions: [tx("2024-06-01", -1)], today: "2024-06-01" });
    expect(spent.crossedThresholds).toEqual([80, 100]);
    expect(spent.overBy).toBe(1);
  });

  it("on the first day of the period counts only that day", () => {
    const status = computeBudgetStatus({ budget: dining, transactions: [tx("2024-06-01", -100), tx("2024-05-31", -100)], today: "2024-06-01" });
    expect(status.daysElapsed).toBe(1);
    expect(status.spent).toBe(100);
  });

  it("uses custom thresholds and handles exactly 100%", () => {
    const status = computeBudgetStatus({ budget: { ...dining, thresholds: [50, 100, 120] }, transactions: [tx("2024-06-02", -40_000)], today: "2024-06-10" });
    expect(status.crossedThresholds).toEqual([50, 100]);
    expect(status.percentUsedBasisPoints).toBe(10_000);
  });

  it("weekly budgets use the week start", () => {
    const status = computeBudgetStatus({
      budget: { ...dining, period: "weekly", weekStart: 0 },
      transactions: [tx("2024-06-01", -500), tx("2024-06-02", -700)],
      today: "2024-06-05",
    });
    expect(status.period.start).toBe("2024-06-02");
    expect(status.spent).toBe(700);
  });

  it("rejects a fractional budget amount", () => {
    expect(() => computeBudgetStatus({ budget: { ...dining, amount: 10.5 }, transactions: [], today: "2024-06-01" })).toThrow();
  });
});

describe("findCrossedThresholds", () => {
  it("compares with integer maths at the boundary", () => {
    expect(findCrossedThresholds(7_999, 10_000, [80, 100])).toEqual([]);
    expect(findCrossedThresholds(8_000, 10_000, [80, 100])).toEqual([80]);
  });
});

describe("newlyCrossedThresholds", () => {
  it("fires each threshold once per period", () => {
    expect(newlyCrossedThresholds([], [80], [])).toEqual([80]);
    expect(newlyCrossedThresholds([80], [80, 100], [80])).toEqual([100]);
    // A refund dropped spending below 80% and a new purchase crossed it again: no second alert.
    expect(newlyCrossedThresholds([], [80], [80])).toEqual([]);
    expect(newlyCrossedThresholds([], [100, 80], [])).toEqual([80, 100]);
  });
});
