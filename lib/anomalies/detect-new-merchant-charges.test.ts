import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import type { AnomalyTransaction } from "./anomaly";
import { detectNewMerchantCharges } from "./detect-new-merchant-charges";

function tx(id: string, amount: number, merchantKey: string, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date: "2024-05-10", amount, currency: "USD", merchantKey, categoryKey: null, ...extra };
}

// 20 purchases with a median of $30.00.
const history = Array.from({ length: 20 }, (_, i) => tx(`h${i}`, -(2_000 + i * 100 + (i >= 10 ? 100 : 0)), `m${i}`, { date: "2024-04-01" }));

describe("detectNewMerchantCharges", () => {
  it("flags a first charge at least 30x the user's median", () => {
    const [hit] = detectNewMerchantCharges({ candidates: [tx("c1", -90_050, "bestbuy", { merchantName: "Best Buy" })], history });
    expect(hit?.facts).toMatchObject({ amount: 90_050, userMedian: 3_000, threshold: 90_000 });
    expect(hit?.message).toBe("First charge at Best Buy: $900.50, 30.0× your typical purchase of $30.00.");
    expect(inEnglish(hit?.explain)).toBe(hit?.message);
    expect(inGerman(hit?.explain)).toBe("Erste Abbuchung bei Best Buy: 900,50 $, 30,0× dein typischer Einkauf von 30,00 $.");
    expect(detectNewMerchantCharges({ candidates: [tx("c2", -89_999, "bestbuy")], history })).toEqual([]);
  });

  it("does not flag a small first charge, a known merchant, or a refund", () => {
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -5_000, "newcafe")], history })).toEqual([]);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -90_000, "m3")], history })).toEqual([]);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", 90_000, "newshop")], history })).toEqual([]);
  });

  it("judges nothing with too little history (a first sync makes every merchant new)", () => {
    const few = history.slice(0, 19);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -5_000_000, "tv")], history: few })).toEqual([]);
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -5_000_000, "tv", { currency: "JPY" })], history })).toEqual([]);
  });

  it("respects suppressions", () => {
    const suppressions = [{ merchantKey: "bestbuy" }];
    expect(detectNewMerchantCharges({ candidates: [tx("c1", -90_000, "bestbuy")], history, suppressions })).toEqual([]);
  });
});
