import { describe, expect, it } from "vitest";
import type { AnomalyTransaction } from "./anomaly";
import { detectNewMerchantCharges } from "./detect-new-merchant-charges";

function tx(id: string, amount: number, merchantKey: string, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date: "2024-05-10", amount, currency: "USD", merchantKey, categoryKey: null, ...extra };
}

// 20 purchases with a median of $30.00.
const history = Array.from({ length: 20 }, (_, i) => tx(`h${i}`, -(2_000 + i * 100 + (i >= 10 ? 100 : 0)), `m${i}`, { date: "2024-04-01" }));

describe("detectNewMerchantCharges", () => {
  it("flags a first charge at least 5x the user's median", () => {
    const [hit] = detectNewMerchantCharges({ candidates: [tx("c1", -15_050, "bestbuy", { merchantName: "Best Buy" })], history });
    expect(hit?.facts).toMatchObject({ amount: 15_050, userMedian: 3_000, threshold: 15_000 });
    expect(hit?.message).toBe("First charge at Best Buy: $150.50, 5.0× your typical purchase of $30.00.");
    expect(detectNewMerchantCharges({ candidates: [tx("c2", -14_999, "bestbuy")], history })).toEqual([]);
  });

  it("does not flag a small first charge, a known merchant, or a refund", () => {
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -5_000, "newcafe")], history })).toEqual([]);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -90_000, "m3")], history })).toEqual([]);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", 90_000, "newshop")], history })).toEqual([]);
  });

  it("falls back to a fixed floor with too little history, in the currency's own units", () => {
    const few = history.slice(0, 5);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -49_999, "tv")], history: few })).toEqual([]);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -50_000, "tv")], history: few })[0]?.facts.threshold).toBe(50_000);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -500, "tv", { currency: "JPY" })], history: few })[0]?.facts.threshold).toBe(500);
  });

  it("respects suppressions", () => {
    const suppressions = [{ merchantKey: "bestbuy" }];
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -90_000, "bestbuy")], history, suppressions })).toEqual([]);
  });
});
