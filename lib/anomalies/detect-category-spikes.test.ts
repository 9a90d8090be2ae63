import { describe, expect, it } from "vitest";
import type { AnomalyTransaction } from "./anomaly";
import { detectCategorySpikes } from "./detect-category-spikes";

function tx(id: string, date: string, amount: number, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date, amount, currency: "USD", merchantKey: "m", categoryKey: "dining", ...extra };
}

const previousPeriods = [
  { start: "2024-05-01", end: "2024-06-01" },
  { start: "2024-04-01", end: "2024-05-01" },
  { start: "2024-03-01", end: "2024-04-01" },
];
const currentPeriod = { start: "2024-06-01", end: "2024-07-01" };
const past = [tx("a", "2024-03-10", -20_000), tx("b", "2024-04-10", -22_000), tx("c", "2024-05-10", -21_000)];

describe("detectCategorySpikes", () => {
  it("flags a period far above the typical one", () => {
    const [hit] = detectCategorySpikes({ transactions: [...past, tx("d", "2024-06-05", -50_000)], currentPeriod, previousPeriods });
    expect(hit?.facts).toMatchObject({ current: 50_000, typicalPeriod: 21_000, periods: 3 });
    expect(hit?.message).toBe("dining spending is $500.00 so far, 2.4× your typical $210.00 (last 3 periods).");
  });

  it("does not flag a normal period, refunds offsetting, or too few periods", () => {
    expect(detectCategorySpikes({ transactions: [...past, tx("d", "2024-06-05", -24_000)], currentPeriod, previousPeriods })).toEqual([]);
    const refunded = [...past, tx("d", "2024-06-05", -50_000), tx("e", "2024-06-06", 30_000)];
    expect(detectCategorySpikes({ transactions: refunded, currentPeriod, previousPeriods })).toEqual([]);
    expect(detectCategorySpikes({ transactions: [...past, tx("d", "2024-06-05", -50_000)], currentPeriod, previousPeriods: previousPeriods.slice(0, 2) })).toEqual([]);
  });

  it("keeps currencies apart and skips transfers", () => {
    const eur = tx("d", "2024-06-05", -50_000, { currency: "EUR" });
    const transfer = tx("t", "2024-06-05", -50_000, { isTransfer: true });
    expect(detectCategorySpikes({ transactions: [...past, eur, transfer], currentPeriod, previousPeriods })).toEqual([]);
  });

  it("respects a category suppression", () => {
    const suppressions = [{ categoryKey: "dining" }];
    expect(detectCategorySpikes({ transactions: [...past, tx("d", "2024-06-05", -50_000)], currentPeriod, previousPeriods, suppressions })).toEqual([]);
  });
});
