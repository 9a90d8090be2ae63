import { describe, expect, it } from "vitest";
import { rollBalancesBack, sumNetWorth } from "./build-net-worth-series";

describe("rollBalancesBack", () => {
  it("subtracts each later month's flows from today's balance", () => {
    const balances = rollBalancesBack(
      [{ accountId: "a", currency: "USD", currentBalance: 100_00, flowsByMonth: new Map([["2026-01", 500_00], ["2026-02", -200_00], ["2026-03", 50_00]]) }],
      ["2026-01", "2026-02", "2026-03"],
    );
    expect(balances.map((b) => [b.month, b.balance])).toEqual([["2026-03", 100_00], ["2026-02", 50_00], ["2026-01", 250_00]]);
  });

  it("takes future-dated rows out of the last month's closing balance", () => {
    const balances = rollBalancesBack([{ accountId: "a", currency: "USD", currentBalance: 1000, flowsByMonth: new Map([["2026-04", -300]]) }], ["2026-03"]);
    expect(balances).toEqual([{ accountId: "a", currency: "USD", month: "2026-03", balance: 1300 }]);
  });
});

describe("sumNetWorth", () => {
  it("splits positive balances into assets and negative ones into liabilities", () => {
    expect(sumNetWorth([{ month: "2026-01", balance: 5000 }, { month: "2026-01", balance: -1200 }, { month: "2026-02", balance: 10 }], ["2026-01", "2026-02"])).toEqual([
      { month: "2026-01", assets: 5000, liabilities: 1200, netWorth: 3800 },
      { month: "2026-02", assets: 10, liabilities: 0, netWorth: 10 },
    ]);
  });
});
