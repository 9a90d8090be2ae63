import { describe, expect, it } from "vitest";
import { computeGoalProgress, monthsUntil, newlyReachedMilestones } from "./compute-goal-progress";

describe("computeGoalProgress", () => {
  it("reports percent, remaining and the monthly amount needed by the deadline", () => {
    const progress = computeGoalProgress({ targetAmount: 120_000, saved: 30_000, deadline: "2027-05-21", today: "2026-11-21", contributions: [] });
    expect(progress).toEqual({ percent: 25, remaining: 90_000, monthlyNeeded: 15_000, overdue: false, recentMonthlyRate: 0, projectedDate: null });
  });

  it("projects the finish date from the recent saving rate, rounding against optimism", () => {
    const contributions = [
      { date: "2026-08-23", amount: 10_000 }, // 90 days back from 2026-11-20: inside the window
      { date: "2026-08-22", amount: 99_999 }, // one day older: outside
      { date: "2026-10-01", amount: 10_000 },
      { date: "2026-11-01", amount: 10_000 },
    ];
    const progress = computeGoalProgress({ targetAmount: 100_000, saved: 40_000, deadline: null, today: "2026-11-20", contributions });
    expect(progress.recentMonthlyRate).toBe(10_000);
    expect(progress.monthlyNeeded).toBeNull();
    expect(progress.projectedDate).toBe("2027-05-19"); // 60,000 at 30,000 per 90 days = 180 days
  });

  it("marks an overdue goal and stops asking for a monthly amount once reached", () => {
    expect(computeGoalProgress({ targetAmount: 1000, saved: 100, deadline: "2026-01-01", today: "2026-11-21", contributions: [] })).toMatchObject({ overdue: true, monthlyNeeded: null });
    expect(computeGoalProgress({ targetAmount: 1000, saved: 1500, deadline: "2027-01-01", today: "2026-11-21", contributions: [] })).toMatchObject({ percent: 150, remaining: 0, monthlyNeeded: null, projectedDate: null });
    expect(computeGoalProgress({ targetAmount: 1000, saved: 999, deadline: null, today: "2026-11-21", contributions: [] }).percent).toBe(99);
  });
});

describe("monthsUntil", () => {
  it("counts whole months, at least one, across month ends and leap days", () => {
    expect(monthsUntil("2024-01-31", "2024-02-29")).toBe(1);
    expect(monthsUntil("2024-01-31", "2024-03-30")).toBe(1);
    expect(monthsUntil("2024-01-31", "2024-03-31")).toBe(2);
    expect(monthsUntil("2026-11-21", "2026-11-25")).toBe(1);
  });
});

describe("newlyReachedMilestones", () => {
  it("returns each crossed milestone once", () => {
    expect(newlyReachedMilestones(50_000, 100_000, [])).toEqual([25, 50]);
    expect(newlyReachedMilestones(50_000, 100_000, [25, 50])).toEqual([]);
    expect(newlyReachedMilestones(74_999, 100_000, [25, 50])).toEqual([]);
    expect(newlyReachedMilestones(100_000, 100_000, [25, 50])).toEqual([75, 100]);
    expect(newlyReachedMilestones(-10, 100_000, [])).toEqual([]);
  });
});
