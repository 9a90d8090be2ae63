import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import type { AnomalyTransaction } from "./anomaly";
import { detectLargeCategorySpend, detectLargeMerchantSpend } from "./detect-large-spend";

function tx(id: string, amount: number, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date: "2024-05-01", amount, currency: "USD", merchantKey: "shell", merchantName: "Shell", categoryKey: "fuel", ...extra };
}

// 14 visits around $22: median 2210, MAD 100; 1.4826 x MAD = 148 is under the 10% floor, so spread = 221.
const shellHistory = [2010, 2110, 2110, 2210, 2210, 2210, 2210, 2210, 2310, 2310, 2310, 2410, 1910, 2810].map((a, i) =>
  tx(`h${i}`, -a, { date: `2024-04-${String(i + 1).padStart(2, "0")}` }),
);

describe("detectLargeMerchantSpend", () => {
  it("flags an outlier with the numbers and sentence behind it", () => {
    const [anomaly, ...rest] = detectLargeMerchantSpend({ candidates: [tx("c1", -8_420)], history: shellHistory });
    expect(rest).toEqual([]);
    expect(anomaly?.kind).toBe("large-merchant-spend");
    expect(anomaly?.facts).toMatchObject({ amount: 8_420, median: 2_210, mad: 100, historyCount: 14 });
    expect(anomaly?.score).toBeCloseTo((8_420 - 2_210) / 221, 5);
    expect(anomaly?.message).toBe("$84.20 at Shell is 28.1× your usual spread above your median of $22.10 there (last 14 visits).");
    expect(anomaly?.explain).toEqual({ key: "anomaly.largeMerchantSpend", params: { amount: { money: 8_420, currency: "USD" }, merchant: "Shell", score: 28.1, median: { money: 2_210, currency: "USD" }, count: 14 } });
    expect(inEnglish(anomaly?.explain)).toBe(anomaly?.message);
    expect(inGerman(anomaly?.explain)).toBe("84,20 $ bei Shell liegt 28,1× deiner üblichen Streuung über deinem Median von 22,10 $ dort (letzte 14 Besuche).");
    expect(anomaly?.dedupeKey).toBe("large-merchant-spend:c1");
  });

  it("does not flag a normal amount, nor one far out in spreads but under 3.5x the median", () => {
    // 3.5 spreads (2210 + 3.5 * 221 = 2983.5) is passed long before 3.5x the median (7735): both must hold.
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -2_983)], history: shellHistory })).toEqual([]);
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -7_734)], history: shellHistory })).toEqual([]);
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -7_735)], history: shellHistory })).toHaveLength(1);
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -2_300)], history: shellHistory })).toEqual([]);
  });

  it("does not flag a charge no larger than two already paid there", () => {
    // A pharmacy whose charges range widely: a big basket is the top of its range, not news.
    const pharmacy = [400, 450, 500, 520, 600, 610, 650, 700, 2_400, 2_450].map((a, i) => tx(`p${i}`, -a, { date: `2024-04-${String(i + 1).padStart(2, "0")}`, merchantKey: "apollo" }));
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -2_311, { merchantKey: "apollo" })], history: pharmacy })).toEqual([]);
    expect(detectLargeMerchantSpend({ candidates: [tx("c2", -2_420, { merchantKey: "apollo" })], history: pharmacy })).toHaveLength(1);
    // One earlier huge charge (itself the anomaly last month) does not make the next one ordinary.
    const once = [...pharmacy.slice(0, 9), tx("big", -20_000, { date: "2024-04-10", merchantKey: "apollo" })];
    expect(detectLargeMerchantSpend({ candidates: [tx("c3", -12_500, { merchantKey: "apollo" })], history: once })).toHaveLength(1);
  });

  it("needs a minimum history", () => {
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -50_000)], history: shellHistory.slice(0, 7) })).toEqual([]);
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -50_000)], history: shellHistory.slice(0, 8) })).toHaveLength(1);
  });

  it("never flags refunds, transfers or excluded rows", () => {
    const candidates = [tx("r", 8_420), tx("t", -8_420, { isTransfer: true }), tx("e", -8_420, { excluded: true })];
    expect(detectLargeMerchantSpend({ candidates, history: shellHistory })).toEqual([]);
  });

  it("compares foreign-currency charges only with same-currency history", () => {
    const eur = tx("c1", -8_420, { currency: "EUR" });
    expect(detectLargeMerchantSpend({ candidates: [eur], history: shellHistory })).toEqual([]);
  });

  it("ignores future history and never compares a candidate with itself", () => {
    const later = shellHistory.map((h) => ({ ...h, date: "2024-06-01" }));
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -8_420)], history: later })).toEqual([]);
    const self = tx("c1", -8_420);
    expect(detectLargeMerchantSpend({ candidates: [self], history: [...shellHistory, self] })[0]?.facts.historyCount).toBe(14);
  });

  it("with all-equal amounts (MAD 0) uses a 10% spread and stays finite", () => {
    const flat = Array.from({ length: 8 }, (_, i) => tx(`f${i}`, -1_000, { date: `2024-04-0${i + 1}` }));
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -1_000)], history: flat })).toEqual([]);
    // $34.99 is 24.99 spreads of $1.00 above but under 3.5x: not flagged; $35.00 is 25 spreads and 3.5x: flagged.
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -3_499)], history: flat })).toEqual([]);
    const [hit] = detectLargeMerchantSpend({ candidates: [tx("c2", -3_500)], history: flat });
    expect(hit?.score).toBe(25);
    expect(hit?.facts.mad).toBe(0);
  });

  it("respects a 'this is normal' suppression for the merchant and amount band", () => {
    const suppressions = [{ merchantKey: "shell", minAmount: 8_000, maxAmount: 9_000 }];
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -8_420)], history: shellHistory, suppressions })).toEqual([]);
    expect(detectLargeMerchantSpend({ candidates: [tx("c1", -9_420)], history: shellHistory, suppressions })).toHaveLength(1);
  });
});

describe("detectLargeCategorySpend", () => {
  it("uses category history across merchants and needs ten rows", () => {
    const history = Array.from({ length: 10 }, (_, i) =>
      tx(`g${i}`, -(5_000 + i * 100), { merchantKey: `store${i}`, categoryKey: "groceries", date: `2024-04-${String(i + 1).padStart(2, "0")}` }),
    );
    const candidate = tx("c1", -30_000, { merchantKey: "costco", merchantName: "Costco", categoryKey: "groceries" });
    const [hit] = detectLargeCategorySpend({ candidates: [candidate], history });
    expect(hit?.kind).toBe("large-category-spend");
    expect(hit?.facts.median).toBe(5_450);
    expect(hit?.message).toContain("for groceries (last 10 purchases)");
    expect(inEnglish(hit?.explain)).toBe(hit?.message);
    expect(detectLargeCategorySpend({ candidates: [candidate], history: history.slice(1) })).toEqual([]);
  });
});
