import { describe, expect, it } from "vitest";
import { detectDecimalSeparator, parseAmountText } from "./parse-amount-text";

describe("parseAmountText", () => {
  it.each([
    ["-1,234.56", ".", -123456],
    ["1.234,56", ",", 123456],
    ["-12,5", ",", -1250],
    ["1'234.50", ".", 123450],
    ["1 234,50 €", ",", 123450],
    ["$ 12.00", ".", 1200],
    ["(45.10)", ".", -4510],
    ["45.10-", ".", -4510],
    ["250.75 DR", ".", -25075],
    ["10,000.00 CR", ".", 1000000],
    ["99.99Cr", ".", 9999],
    ["12,50 S", ",", -1250],
    ["+5", ".", 500],
    ["1,33,500.00", ".", 13350000],
    ["-0.00", ".", 0],
  ] as const)("%s with %s decimal is %d", (text, decimal, expected) => {
    expect(parseAmountText(text, "USD", decimal)).toEqual({ ok: true, amount: expected });
  });

  it("respects the currency's minor units", () => {
    expect(parseAmountText("1500", "JPY")).toEqual({ ok: true, amount: 1500 });
    expect(parseAmountText("1.234", "KWD")).toEqual({ ok: true, amount: 1234 });
    expect(parseAmountText("1.234", "USD")).toMatchObject({ ok: false, reason: expect.stringMatching(/more decimal places/) });
  });

  it("rejects non-amounts and amounts past 2^53", () => {
    expect(parseAmountText("", "USD")).toEqual({ ok: false, reason: "the amount is empty", code: "amountEmpty" });
    expect(parseAmountText("abc", "USD")).toEqual({ ok: false, reason: '"abc" is not an amount', code: "amountInvalid", params: { text: "abc" } });
    expect(parseAmountText("1.2.3", "USD", ",")).toMatchObject({ ok: false });
    expect(parseAmountText("90071992547409.93", "USD")).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/), code: "amountInvalid", params: { text: "90071992547409.93" } });
  });
});

describe("detectDecimalSeparator", () => {
  it("spots decimal commas and thousands separators", () => {
    expect(detectDecimalSeparator(["-1.250,00", "-3,45", "2.834,17"])).toBe(",");
    expect(detectDecimalSeparator(["1,120.00", "-20.00"])).toBe(".");
    expect(detectDecimalSeparator(["1,000", "2000"])).toBe(".");
  });
});
