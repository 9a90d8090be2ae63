import { describe, expect, it } from "vitest";
import { buildBalanceHistory } from "./build-balance-history";

describe("buildBalanceHistory", () => {
  it("walks back from the final balance, one point per day", () => {
    const totals = new Map([["2024-02-28", -500], ["2024-03-01", 2000]]);
    expect(buildBalanceHistory(11_500, totals, "2024-02-27", "2024-03-01")).toEqual([
      { date: "2024-02-27", balance: 10_000 },
      { date: "2024-02-28", balance: 9_500 },
      { date: "2024-02-29", balance: 9_500 },
      { date: "2024-03-01", balance: 11_500 },
    ]);
  });

  it("gives a single point for a one-day range and none for an empty one", () => {
    expect(buildBalanceHistory(42, new Map(), "2024-01-01", "2024-01-01")).toEqual([{ date: "2024-01-01", balance: 42 }]);
    expect(buildBalanceHistory(42, new Map(), "2024-01-02", "2024-01-01")).toEqual([]);
  });
});
