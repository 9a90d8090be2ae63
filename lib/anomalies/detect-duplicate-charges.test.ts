import { describe, expect, it } from "vitest";
import type { AnomalyTransaction } from "./anomaly";
import { detectDuplicateCharges } from "./detect-duplicate-charges";

function tx(id: string, date: string, amount = -4_999, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date, amount, currency: "USD", merchantKey: "gym", merchantName: "City Gym", categoryKey: null, ...extra };
}

describe("detectDuplicateCharges", () => {
  it("flags the same amount at the same merchant within the window once", () => {
    const a = tx("a", "2024-05-01");
    const b = tx("b", "2024-05-02");
    const found = detectDuplicateCharges({ candidates: [a, b], history: [a, b] });
    expect(found).toHaveLength(1);
    expect(found[0]?.transactionIds).toEqual(["a", "b"]);
    expect(found[0]?.message).toBe("Possible duplicate: two charges of $49.99 at City Gym 1 day apart.");
    expect(found[0]?.score).toBeCloseTo(1 / 2, 10);
  });

  it("ignores pairs outside the window, different amounts, currencies or merchants", () => {
    const candidates = [tx("b", "2024-05-04")];
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-01")] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-03", -5_000)] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-03", -4_999, { currency: "CAD" })] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-03", -4_999, { merchantKey: "spa" })] })).toEqual([]);
  });

  it("never pairs a row with itself, a pending row, or a refund", () => {
    const a = tx("a", "2024-05-01");
    expect(detectDuplicateCharges({ candidates: [a], history: [a] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [a], history: [tx("p", "2024-05-01", -4_999, { pending: true })] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [tx("r", "2024-05-01", 4_999)], history: [tx("r2", "2024-05-01", 4_999)] })).toEqual([]);
  });

  it("treats a habitual same-price purchase as routine", () => {
    const habit = ["2024-04-10", "2024-04-15", "2024-04-20", "2024-04-25"].map((d, i) => tx(`h${i}`, d, -450, { merchantKey: "cafe" }));
    const pair = [tx("a", "2024-05-01", -450, { merchantKey: "cafe" }), tx("b", "2024-05-01", -450, { merchantKey: "cafe" })];
    expect(detectDuplicateCharges({ candidates: pair, history: habit })).toEqual([]);
  });

  it("treats a fare seen on two recent days as routine before it has months of history", () => {
    const pair = [tx("a", "2024-05-01", -290, { merchantKey: "metro" }), tx("b", "2024-05-01", -290, { merchantKey: "metro" })];
    const twoDays = [tx("h1", "2024-04-20", -290, { merchantKey: "metro" }), tx("h2", "2024-04-28", -290, { merchantKey: "metro" })];
    expect(detectDuplicateCharges({ candidates: pair, history: twoDays })).toEqual([]);
    // Two rides on one earlier day are one day of habit, not two.
    const oneDay = [tx("h1", "2024-04-28", -290, { merchantKey: "metro" }), tx("h2", "2024-04-28", -290, { merchantKey: "metro" })];
    expect(detectDuplicateCharges({ candidates: pair, history: oneDay })).toHaveLength(1);
  });

  it("still flags a duplicated monthly bill (one earlier charge per month is not a habit)", () => {
    const bills = ["2024-02-01", "2024-03-01", "2024-04-01"].map((d, i) => tx(`m${i}`, d));
    const pair = [tx("a", "2024-05-01"), tx("b", "2024-05-01")];
    expect(detectDuplicateCharges({ candidates: pair, history: bills })).toHaveLength(1);
  });

  it("respects suppressions", () => {
    const suppressions = [{ kind: "duplicate-charge" as const, merchantKey: "gym", minAmount: 4_000, maxAmount: 6_000 }];
    expect(detectDuplicateCharges({ candidates: [tx("b", "2024-05-01")], history: [tx("a", "2024-05-01")], suppressions })).toEqual([]);
  });
});
