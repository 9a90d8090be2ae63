import { describe, expect, it } from "vitest";
import { convertMinor } from "./convert-minor";
import { findRate, type RateQuote } from "./find-rate";

const rates: RateQuote[] = [
  { from: "EUR", to: "USD", date: "2024-06-03", rate: "1.0842" },
  { from: "EUR", to: "USD", date: "2024-06-07", rate: "1.0900" },
  { from: "USD", to: "JPY", date: "2024-06-06", rate: "155.25" },
  { from: "USD", to: "KWD", date: "2024-06-06", rate: "0.3065" },
];

describe("findRate", () => {
  it("takes the nearest earlier direct quote within tolerance", () => {
    expect(findRate(rates, "EUR", "USD", "2024-06-06", 5)).toEqual({ rate: { numerator: 10842n, denominator: 10000n }, via: "direct", date: "2024-06-03" });
    expect(findRate(rates, "EUR", "USD", "2024-06-07", 5)?.date).toBe("2024-06-07");
  });

  it("returns null, not 1, when the only quotes are too old or in the future", () => {
    expect(findRate(rates, "EUR", "USD", "2024-06-06", 2)).toBeNull();
    expect(findRate(rates, "EUR", "USD", "2024-06-01", 30)).toBeNull();
    expect(findRate(rates, "GBP", "USD", "2024-06-06", 30)).toBeNull();
  });

  it("inverts a pair exactly", () => {
    expect(findRate(rates, "USD", "EUR", "2024-06-04", 5)).toEqual({ rate: { numerator: 10000n, denominator: 10842n }, via: "inverse", date: "2024-06-03" });
  });

  it("crosses through the base currency and reports the older leg's date", () => {
    const eurJpy = findRate(rates, "EUR", "JPY", "2024-06-06", 5);
    expect(eurJpy?.via).toBe("cross");
    expect(eurJpy?.date).toBe("2024-06-03");
    // 1 EUR = 1.0842 * 155.25 JPY = 168.32205 JPY.
    expect(convertMinor(10_000, "EUR", "JPY", eurJpy?.rate ?? "1")).toBe(16_832);
    expect(findRate(rates, "EUR", "JPY", "2024-06-06", 2)).toBeNull();
  });

  it("identity for the same currency", () => {
    expect(findRate([], "USD", "USD", "2024-06-06", 0)?.via).toBe("identity");
  });
});
