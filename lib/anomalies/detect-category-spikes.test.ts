import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import type { AnomalyTransaction } from "./anomaly";
import { detectCategorySpikes } from "./detect-category-spikes";

function tx(id: string, date: string, amount: number, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date, amount, currency: "USD", merchantKey: "m", categoryKey: "dining", ...extra };
}
/** One aggregate row per period, as loadCategoryPeriodTotals returns them. */
function total(start: string, amount: number, purchases: number, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return tx(`period:${start}`, start, amount, { merchantKey: null, purchases, ...extra });
}

const starts = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"];
const previousPeriods = starts.map((start, i) => ({ start, end: starts[i + 1] ?? "2024-06-01" })).reverse();
const currentPeriod = { start: "2024-06-01", end: "2024-07-01" };
// A steady category: 19-21 purchases, about $400 a month.
const past = [total("2024-01-01", -40_000, 20), total("2024-02-01", -42_000, 21), total("2024-03-01", -39_000, 19), total("2024-04-01", -41_000, 20), total("2024-05-01", -40_500, 20)];

describe("detectCategorySpikes", () => {
  it("flags a period with many more purchases coming to much more", () => {
    const [hit] = detectCategorySpikes({ transactions: [...past, total("2024-06-01", -80_000, 30)], currentPeriod, previousPeriods });
    expect(hit?.facts).toMatchObject({ current: 80_000, typicalPeriod: 40_500, purchases: 30, typicalPurchases: 20, periods: 5 });
    expect(hit?.message).toBe("dining spending is $800.00 over 30 purchases so far, against a typical $405.00 over 20 (last 5 periods).");
    expect(inEnglish(hit?.explain)).toBe(hit?.message);
  });

  it("counts single transactions as one purchase each", () => {
    const singles = Array.from({ length: 30 }, (_, i) => tx(`s${i}`, "2024-06-10", -2_700));
    expect(detectCategorySpikes({ transactions: [...past, ...singles], currentPeriod, previousPeriods })).toHaveLength(1);
  });

  it("needs both more purchases and more money", () => {
    // A few huge charges: the amount doubles but the count does not (large-spend's job).
    expect(detectCategorySpikes({ transactions: [...past, total("2024-06-01", -90_000, 21)], currentPeriod, previousPeriods })).toEqual([]);
    // Many small charges: the count rises but the money barely moves.
    expect(detectCategorySpikes({ transactions: [...past, total("2024-06-01", -45_000, 30)], currentPeriod, previousPeriods })).toEqual([]);
    // An ordinary period, and a busy one at half as much again: not yet "nearly double".
    expect(detectCategorySpikes({ transactions: [...past, total("2024-06-01", -43_000, 22)], currentPeriod, previousPeriods })).toEqual([]);
    expect(detectCategorySpikes({ transactions: [...past, total("2024-06-01", -60_000, 30)], currentPeriod, previousPeriods })).toEqual([]);
  });

  it("with identical past months (MAD 0) still needs the multiples, and stays finite", () => {
    const steady = starts.map((start) => total(start, -40_000, 20));
    const [hit] = detectCategorySpikes({ transactions: [...steady, total("2024-06-01", -80_000, 30)], currentPeriod, previousPeriods });
    expect(hit?.facts).toMatchObject({ mad: 0, typicalPeriod: 40_000 });
    expect(Number.isFinite(hit?.score)).toBe(true);
    expect(detectCategorySpikes({ transactions: [...steady, total("2024-06-01", -41_000, 21)], currentPeriod, previousPeriods })).toEqual([]);
  });

  it("ignores sparse categories, however large the multiple", () => {
    const sparse = starts.map((start) => total(start, -5_000, 2, { categoryKey: "healthcare" }));
    expect(detectCategorySpikes({ transactions: [...sparse, total("2024-06-01", -80_000, 6, { categoryKey: "healthcare" })], currentPeriod, previousPeriods })).toEqual([]);
  });

  it("needs four periods since the category's first row (earlier empty months are not zeros)", () => {
    const young = [total("2024-03-01", -39_000, 19), total("2024-04-01", -41_000, 20), total("2024-05-01", -40_500, 20)];
    expect(detectCategorySpikes({ transactions: [...young, total("2024-06-01", -80_000, 30)], currentPeriod, previousPeriods })).toEqual([]);
    expect(detectCategorySpikes({ transactions: [...past.slice(1), total("2024-06-01", -80_000, 30)], currentPeriod, previousPeriods })).toHaveLength(1);
  });

  it("nets refunds, keeps currencies apart and skips transfers", () => {
    const refunded = [...past, total("2024-06-01", -80_000, 30), tx("r", "2024-06-06", 30_000)];
    expect(detectCategorySpikes({ transactions: refunded, currentPeriod, previousPeriods })).toEqual([]);
    const eur = total("2024-06-01", -80_000, 30, { currency: "EUR" });
    const transfer = total("2024-06-01", -80_000, 30, { isTransfer: true });
    expect(detectCategorySpikes({ transactions: [...past, eur, transfer], currentPeriod, previousPeriods })).toEqual([]);
  });

  it("respects a category suppression", () => {
    const suppressions = [{ categoryKey: "dining" }];
    expect(detectCategorySpikes({ transactions: [...past, total("2024-06-01", -80_000, 30)], currentPeriod, previousPeriods, suppressions })).toEqual([]);
  });
});
