import { describe, expect, it } from "vitest";
import { formatMinorAsDecimal, formatMoney, minorFromBigInt, minorUnits, parseDecimalToMinor, sumMinor } from "./money";

describe("money", () => {
  it("knows each currency's minor units", () => {
    expect(minorUnits("USD")).toBe(2);
    expect(minorUnits("JPY")).toBe(0);
    expect(minorUnits("KWD")).toBe(3);
    expect(() => minorUnits("usd")).toThrow(/ISO 4217/);
  });

  it("parses decimals exactly, without float rounding", () => {
    expect(parseDecimalToMinor("0.29", "USD")).toBe(29);
    expect(parseDecimalToMinor("-1234.5", "USD")).toBe(-123450);
    expect(parseDecimalToMinor("1500", "JPY")).toBe(1500);
    expect(parseDecimalToMinor("1.234", "KWD")).toBe(1234);
    expect(parseDecimalToMinor("+7.10", "EUR")).toBe(710);
    expect(parseDecimalToMinor("7.100", "EUR")).toBe(710);
  });

  it("refuses what it cannot represent", () => {
    expect(() => parseDecimalToMinor("1.234", "USD")).toThrow(/decimal places/);
    expect(() => parseDecimalToMinor("1,50", "EUR")).toThrow(/not a decimal/);
    expect(() => parseDecimalToMinor("99999999999999999", "USD")).toThrow(/too large/);
    expect(() => minorFromBigInt(2n ** 60n)).toThrow(/safe integer/);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(/safe integer/);
  });

  it("formats at the edge", () => {
    expect(formatMinorAsDecimal(-5, "USD")).toBe("-0.05");
    expect(formatMinorAsDecimal(1500, "JPY")).toBe("1500");
    expect(formatMoney({ amount: 123450, currency: "USD" })).toBe("$1,234.50");
    expect(formatMoney({ amount: 123450, currency: "EUR" }, "de-DE")).toBe("1.234,50\u00a0€");
  });
});
