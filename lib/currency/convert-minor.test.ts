import { describe, expect, it } from "vitest";
import { convertMinor, divideRoundHalfEven } from "./convert-minor";

describe("convertMinor", () => {
  it("respects minor units in both directions", () => {
    expect(convertMinor(1_000, "USD", "JPY", "155.25")).toBe(1_552); // $10.00 -> ¥1552.5, a tie: to even
    expect(convertMinor(1_552, "JPY", "USD", "0.0064")).toBe(993); // ¥1552 -> $9.9328
    expect(convertMinor(10_000, "USD", "KWD", "0.3065")).toBe(30_650); // $100.00 -> 30.650 KWD
    expect(convertMinor(30_650, "KWD", "USD", { numerator: 10000n, denominator: 3065n })).toBe(10_000);
  });

  it("rounds half to even and keeps the sign", () => {
    expect(convertMinor(1, "USD", "USD", "0.5")).toBe(0);
    expect(convertMinor(3, "USD", "USD", "0.5")).toBe(2);
    expect(convertMinor(-3, "USD", "USD", "0.5")).toBe(-2);
    expect(convertMinor(-5, "USD", "USD", "0.5")).toBe(-2);
    expect(divideRoundHalfEven(7n, 2n)).toBe(4n);
    expect(divideRoundHalfEven(5n, 2n)).toBe(2n);
    expect(divideRoundHalfEven(-7n, 2n)).toBe(-4n);
    expect(divideRoundHalfEven(7n, 3n)).toBe(2n);
  });

  it("stays exact on large amounts where floats would not", () => {
    expect(convertMinor(9_007_199_254_740, "USD", "USD", "1.1")).toBe(9_907_919_180_214);
  });

  it("throws instead of overflowing the safe range", () => {
    expect(() => convertMinor(9_007_199_254_740_000, "USD", "JPY", "155")).toThrow();
  });
});
