import { describe, expect, it } from "vitest";
import { minorUnits } from "@/lib/money";
import { convertMinor } from "./convert-minor";
import { findRate } from "./find-rate";

describe("currency edges", () => {
  it("knows the minor units of zero-, two- and three-decimal currencies", () => {
    expect(["JPY", "KRW", "USD", "EUR", "INR", "KWD", "BHD"].map(minorUnits)).toEqual([0, 0, 2, 2, 2, 3, 3]);
  });

  it("counts the tolerance across a leap day", () => {
    const rates = [{ from: "USD", to: "EUR", date: "2024-02-27", rate: "0.92" }];
    expect(findRate(rates, "USD", "EUR", "2024-03-01", 3)?.date).toBe("2024-02-27"); // 27th → 1st is 3 days in 2024
    expect(findRate(rates, "USD", "EUR", "2024-03-02", 3)).toBeNull();
  });

  it("rounds a zero-decimal target to whole units and keeps three decimals for KWD", () => {
    expect(convertMinor(1, "USD", "JPY", "152.4")).toBe(2); // $0.01 = ¥1.524
    expect(convertMinor(1, "JPY", "KWD", "0.002018")).toBe(2); // ¥1 = 0.002018 KWD = 2 fils
  });
});
