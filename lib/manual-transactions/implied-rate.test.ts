import { describe, expect, it } from "vitest";
import { impliedRate } from "./implied-rate";

describe("impliedRate", () => {
  it("scales each side by its own minor units", () => {
    expect(impliedRate(-10_000, "USD", 15_240, "JPY")).toBe("152.4"); // $100.00 -> ¥15,240
    expect(impliedRate(-15_240, "JPY", 30_750, "KWD")).toBe("0.002018"); // ¥15,240 -> 30.750 KWD
    expect(impliedRate(-9_200, "EUR", 10_000, "USD")).toBe("1.086957");
  });

  it("has no rate for a zero leg", () => {
    expect(impliedRate(0, "USD", 100, "EUR")).toBeNull();
  });
});
