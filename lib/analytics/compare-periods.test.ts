import { describe, expect, it } from "vitest";
import { comparePeriods, percentChange, shiftMonth } from "./compare-periods";
import { pivotCategoryMonths } from "./pivot-category-months";

describe("percentChange", () => {
  it("rounds to one decimal and has no percentage against nothing", () => {
    expect(percentChange(41200, 30500)).toBe(35.1);
    expect(percentChange(100, 0)).toBeNull();
    expect(percentChange(50, 100)).toBe(-50);
  });
});

describe("shiftMonth", () => {
  it("crosses year boundaries both ways", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-03", -12)).toBe("2025-03");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
  });
});

describe("comparePeriods", () => {
  it("compares a month with the one before and the same month a year earlier, with a total", () => {
    const rows = comparePeriods(
      [
        { month: "2026-03", categoryId: "food", name: "Food", amount: 40000 },
        { month: "2026-02", categoryId: "food", name: "Food", amount: 32000 },
        { month: "2025-03", categoryId: "food", name: "Food", amount: 50000 },
        { month: "2026-03", categoryId: "travel", name: "Travel", amount: 10000 },
        { month: "2026-01", categoryId: "travel", name: "Travel", amount: 99999 },
      ],
      "2026-03",
    );
    expect(rows).toEqual([
      { categoryId: "food", name: "Food", current: 40000, previousMonth: 32000, yearAgo: 50000, monthOverMonth: 25, yearOverYear: -20 },
      { categoryId: "travel", name: "Travel", current: 10000, previousMonth: 0, yearAgo: 0, monthOverMonth: null, yearOverYear: null },
      { categoryId: null, name: "Total", current: 50000, previousMonth: 32000, yearAgo: 50000, monthOverMonth: 56.3, yearOverYear: 0 },
    ]);
  });
});

describe("pivotCategoryMonths", () => {
  it("zero-fills months and folds small categories into one series", () => {
    const result = pivotCategoryMonths(
      [
        { month: "2026-01", categoryId: "a", name: "A", amount: 300 },
        { month: "2026-02", categoryId: "b", name: "B", amount: 200 },
        { month: "2026-02", categoryId: "c", name: "C", amount: 100 },
      ],
      ["2026-01", "2026-02", "2026-03"],
      2,
    );
    expect(result.series).toEqual([{ key: "a", label: "A" }, { key: "other", label: "Everything else" }]);
    expect(result.rows).toEqual([
      { month: "2026-01", a: 300, other: 0 },
      { month: "2026-02", a: 0, other: 300 },
      { month: "2026-03", a: 0, other: 0 },
    ]);
  });
});
