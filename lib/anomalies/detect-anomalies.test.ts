import { describe, expect, it } from "vitest";
import type { AnomalyTransaction } from "./anomaly";
import { detectAnomalies } from "./detect-anomalies";

function tx(id: string, date: string, amount: number, merchantKey: string, categoryKey = "fuel"): AnomalyTransaction {
  return { id, date, amount, currency: "USD", merchantKey, categoryKey };
}

describe("detectAnomalies", () => {
  it("reports a large charge once (merchant, not also category) alongside other kinds", () => {
    const history = Array.from({ length: 12 }, (_, i) => tx(`h${i}`, `2024-05-${String(i + 1).padStart(2, "0")}`, -2_000 - (i % 3) * 100, "shell"));
    const big = tx("big", "2024-05-20", -9_000, "shell");
    const dupA = tx("d1", "2024-05-20", -4_999, "gym", "fitness");
    const dupB = tx("d2", "2024-05-20", -4_999, "gym", "fitness");
    const found = detectAnomalies({
      candidates: [big, dupA, dupB],
      history,
      streams: [],
      today: "2024-05-20",
      currentPeriod: { start: "2024-05-01", end: "2024-06-01" },
      previousPeriods: [],
    });
    expect(found.map((a) => [a.kind, a.transactionIds.join(",")])).toEqual([
      ["duplicate-charge", "d1,d2"],
      ["large-merchant-spend", "big"],
    ]);
  });
});
