import { describe, expect, it } from "vitest";
import { budgetPeriod, isInPeriod, previousPeriods } from "./budget-period";

describe("budgetPeriod", () => {
  it("weekly periods honour Monday vs Sunday week starts", () => {
    // 2024-06-05 is a Wednesday.
    expect(budgetPeriod("2024-06-05", { period: "weekly", weekStart: 1 })).toEqual({ start: "2024-06-03", end: "2024-06-10" });
    expect(budgetPeriod("2024-06-05", { period: "weekly", weekStart: 0 })).toEqual({ start: "2024-06-02", end: "2024-06-09" });
    // Sunday belongs to the week that started the previous Monday, but starts a Sunday week.
    expect(budgetPeriod("2024-06-09", { period: "weekly", weekStart: 1 }).start).toBe("2024-06-03");
    expect(budgetPeriod("2024-06-09", { period: "weekly", weekStart: 0 }).start).toBe("2024-06-09");
  });

  it("weekly periods span a year end", () => {
    expect(budgetPeriod("2025-01-01", { period: "weekly", weekStart: 1 })).toEqual({ start: "2024-12-30", end: "2025-01-06" });
  });

  it("rejects an invalid week start", () => {
    expect(() => budgetPeriod("2024-06-05", { period: "weekly", weekStart: 7 })).toThrow(RangeError);
  });

  it("monthly periods include the first day and handle leap February", () => {
    expect(budgetPeriod("2024-02-01", { period: "monthly" })).toEqual({ start: "2024-02-01", end: "2024-03-01" });
    expect(budgetPeriod("2024-02-29", { period: "monthly" })).toEqual({ start: "2024-02-01", end: "2024-03-01" });
    expect(budgetPeriod("2024-12-31", { period: "monthly" })).toEqual({ start: "2024-12-01", end: "2025-01-01" });
  });

  it("quarterly periods break at Jan/Apr/Jul/Oct", () => {
    expect(budgetPeriod("2024-03-31", { period: "quarterly" })).toEqual({ start: "2024-01-01", end: "2024-04-01" });
    expect(budgetPeriod("2024-04-01", { period: "quarterly" })).toEqual({ start: "2024-04-01", end: "2024-07-01" });
    expect(budgetPeriod("2024-12-31", { period: "quarterly" })).toEqual({ start: "2024-10-01", end: "2025-01-01" });
  });

  it("yearly periods", () => {
    expect(budgetPeriod("2024-02-29", { period: "yearly" })).toEqual({ start: "2024-01-01", end: "2025-01-01" });
  });
});

describe("previousPeriods", () => {
  it("walks back month by month, most recent first", () => {
    expect(previousPeriods("2024-03-15", { period: "monthly" }, 3)).toEqual([
      { start: "2024-02-01", end: "2024-03-01" },
      { start: "2024-01-01", end: "2024-02-01" },
      { start: "2023-12-01", end: "2024-01-01" },
    ]);
  });

  it("walks back weeks and quarters", () => {
    expect(previousPeriods("2024-06-05", { period: "weekly", weekStart: 0 }, 2).map((p) => p.start)).toEqual(["2024-05-26", "2024-05-19"]);
    expect(previousPeriods("2024-01-10", { period: "quarterly" }, 1)).toEqual([{ start: "2023-10-01", end: "2024-01-01" }]);
  });

  it("returns nothing for n = 0 and rejects negatives", () => {
    expect(previousPeriods("2024-01-10", { period: "yearly" }, 0)).toEqual([]);
    expect(() => previousPeriods("2024-01-10", { period: "yearly" }, -1)).toThrow(RangeError);
  });
});

describe("isInPeriod", () => {
  it("is start-inclusive and end-exclusive", () => {
    const p = { start: "2024-02-01", end: "2024-03-01" };
    expect([isInPeriod("2024-02-01", p), isInPeriod("2024-02-29", p), isInPeriod("2024-03-01", p)]).toEqual([true, true, false]);
  });
});
