import { describe, expect, it } from "vitest";
import type { RateQuote } from "@/lib/currency/find-rate";
import { convertWithRates, formatRational } from "./convert-with-rates";

const quotes: RateQuote[] = [
  { from: "USD", to: "EUR", date: "2026-11-16", rate: "0.9200" },
  { from: "USD", to: "JPY", date: "2026-11-16", rate: "152.40" },
  { from: "USD", to: "KWD", date: "2026-11-09", rate: "0.3075" },
];

describe("convertWithRates", () => {
  it("converts with the nearest earlier rate and reports it", () => {
    expect(convertWithRates(quotes, -4600, "EUR", "USD", "2026-11-20")).toEqual({ amount: -5000, currency: "USD", rate: "1.086957", rateDate: "2026-11-16", via: "inverse" });
    expect(convertWithRates(quotes, 100_00, "USD", "JPY", "2026-11-16")).toEqual({ amount: 15_240, currency: "JPY", rate: "152.4", rateDate: "2026-11-16", via: "direct" });
  });

  it("crosses JPY to KWD through USD, keeping each currency's minor units", () => {
    const converted = convertWithRates(quotes, 15_240, "JPY", "KWD", "2026-11-16");
    expect(converted.amount).toBe(30_750); // ¥15,240 = $100.00 = 30.750 KWD
    expect(converted.via).toBe("cross");
    expect(converted.rateDate).toBe("2026-11-09");
  });

  it("is missing, never 1:1, when the rate is older than the tolerance or absent", () => {
    expect(convertWithRates(quotes, 1000, "EUR", "USD", "2026-11-23", 7).amount).toBe(1087); // exactly 7 days old
    expect(convertWithRates(quotes, 1000, "EUR", "USD", "2026-11-24", 7)).toEqual({ amount: null, currency: "USD", rate: null, rateDate: null, via: null });
    expect(convertWithRates(quotes, 1000, "GBP", "USD", "2026-11-20").amount).toBeNull();
    expect(convertWithRates(quotes, 1000, "EUR", "USD", "2026-11-15").amount).toBeNull();
  });

  it("is the identity for the home currency", () => {
    expect(convertWithRates([], 1234, "USD", "USD", "2026-11-20")).toMatchObject({ amount: 1234, rate: "1", via: "identity" });
  });
});

describe("formatRational", () => {
  it("prints six places without trailing zeros", () => {
    expect(formatRational({ numerator: 10842n, denominator: 10000n })).toBe("1.0842");
    expect(formatRational({ numerator: 1n, denominator: 3n })).toBe("0.333333");
    expect(formatRational({ numerator: 15240n, denominator: 100n })).toBe("152.4");
    expect(formatRational({ numerator: 1n, denominator: 15240000n })).toBe("0");
  });
});
