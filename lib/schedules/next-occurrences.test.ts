import { describe, expect, it } from "vitest";
import { getLocalDate } from "./get-local-date";
import { dueOccurrences, nextOccurrences, type Schedule } from "./next-occurrences";

const dates = (s: Schedule, from: string, n: number) => nextOccurrences(s, from, n).map((o) => o.date);

describe("nextOccurrences", () => {
  it("monthly on the 31st uses the last day of short months, leap years included", () => {
    const rent: Schedule = { frequency: "monthly", startDate: "2024-01-31" };
    expect(dates(rent, "2024-01-01", 4)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]);
    expect(dates(rent, "2025-01-15", 2)).toEqual(["2025-01-31", "2025-02-28"]);
  });

  it("an explicit dayOfMonth overrides the start day", () => {
    expect(dates({ frequency: "monthly", startDate: "2024-01-15", dayOfMonth: 30 }, "2024-01-01", 3)).toEqual(["2024-01-30", "2024-02-29", "2024-03-30"]);
  });

  it("every other Friday", () => {
    const pay: Schedule = { frequency: "weekly", interval: 2, startDate: "2024-05-31" };
    expect(dates(pay, "2024-06-01", 3)).toEqual(["2024-06-14", "2024-06-28", "2024-07-12"]);
  });

  it("yearly on Feb 29 falls back to Feb 28 and returns in leap years", () => {
    expect(dates({ frequency: "yearly", startDate: "2024-02-29" }, "2024-01-01", 5)).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
  });

  it("honours count and end date on the nominal date", () => {
    expect(dates({ frequency: "monthly", startDate: "2024-01-10", count: 3 }, "2024-01-01", 10)).toEqual(["2024-01-10", "2024-02-10", "2024-03-10"]);
    expect(dates({ frequency: "monthly", startDate: "2024-01-10", endDate: "2024-03-10" }, "2024-02-01", 10)).toEqual(["2024-02-10", "2024-03-10"]);
  });

  it("moves weekend dates before or after", () => {
    // 2024-06-01 is a Saturday, 2024-09-01 a Sunday.
    const base: Schedule = { frequency: "monthly", startDate: "2024-06-01" };
    expect(dates({ ...base, weekendRule: "before" }, "2024-05-01", 4)).toEqual(["2024-05-31", "2024-07-01", "2024-08-01", "2024-08-30"]);
    expect(dates({ ...base, weekendRule: "after" }, "2024-05-01", 4)).toEqual(["2024-06-03", "2024-07-01", "2024-08-01", "2024-09-02"]);
    expect(nextOccurrences({ ...base, weekendRule: "after" }, "2024-05-01", 1)[0]).toEqual({ index: 0, nominalDate: "2024-06-01", date: "2024-06-03" });
  });

  it("rejects invalid schedules", () => {
    expect(() => nextOccurrences({ frequency: "monthly", startDate: "2024-02-30" }, "2024-01-01", 1)).toThrow();
    expect(() => nextOccurrences({ frequency: "monthly", startDate: "2024-02-01", endDate: "2024-01-01" }, "2024-01-01", 1)).toThrow();
    expect(() => nextOccurrences({ frequency: "weekly", startDate: "2024-02-01", interval: 0 }, "2024-01-01", 1)).toThrow();
  });
});

describe("dueOccurrences", () => {
  const weekly: Schedule = { frequency: "weekly", startDate: "2024-06-03" };

  it("creates each occurrence exactly once across runs", () => {
    const first = dueOccurrences(weekly, null, "2024-06-10");
    expect(first.map((o) => o.nominalDate)).toEqual(["2024-06-03", "2024-06-10"]);
    expect(dueOccurrences(weekly, "2024-06-10", "2024-06-10")).toEqual([]);
  });

  it("catches up after running late, without repeats", () => {
    expect(dueOccurrences(weekly, "2024-06-03", "2024-06-26").map((o) => o.nominalDate)).toEqual(["2024-06-10", "2024-06-17", "2024-06-24"]);
  });

  it("does not create a weekend-shifted occurrence before its moved date", () => {
    const monthly: Schedule = { frequency: "monthly", startDate: "2024-06-01", weekendRule: "after" };
    expect(dueOccurrences(monthly, null, "2024-06-02")).toEqual([]);
    expect(dueOccurrences(monthly, null, "2024-06-03").map((o) => o.date)).toEqual(["2024-06-03"]);
    // Moved earlier: due on the Friday, then not again on the nominal Saturday.
    const early: Schedule = { ...monthly, weekendRule: "before" };
    expect(dueOccurrences(early, null, "2024-05-31").map((o) => o.nominalDate)).toEqual(["2024-06-01"]);
    expect(dueOccurrences(early, "2024-06-01", "2024-06-01")).toEqual([]);
  });

  it("daily with a weekend rule yields distinct nominal dates even when moved dates coincide", () => {
    const daily: Schedule = { frequency: "daily", startDate: "2024-06-07", weekendRule: "after" };
    const due = dueOccurrences(daily, "2024-06-07", "2024-06-10");
    expect(due.map((o) => [o.nominalDate, o.date])).toEqual([
      ["2024-06-08", "2024-06-10"],
      ["2024-06-09", "2024-06-10"],
      ["2024-06-10", "2024-06-10"],
    ]);
  });

  it("across a DST change week, occurrences stay on local calendar dates", () => {
    // US clocks sprang forward on 2024-03-10. A weekly Sunday schedule keeps its dates.
    const sunday: Schedule = { frequency: "weekly", startDate: "2024-03-03" };
    expect(dates(sunday, "2024-03-01", 3)).toEqual(["2024-03-03", "2024-03-10", "2024-03-17"]);
    const tz = "America/New_York";
    // 23:30 local on Sat Mar 9 (EST, UTC-5) is 04:30Z on Mar 10: still the 9th locally, not due.
    const beforeChange = getLocalDate(new Date("2024-03-10T04:30:00Z"), tz);
    expect(beforeChange).toBe("2024-03-09");
    expect(dueOccurrences(sunday, "2024-03-03", beforeChange)).toEqual([]);
    // 00:30 local on Sun Mar 10 (still EST) is 05:30Z: due.
    expect(dueOccurrences(sunday, "2024-03-03", getLocalDate(new Date("2024-03-10T05:30:00Z"), tz)).map((o) => o.date)).toEqual(["2024-03-10"]);
    // 23:30 local on Sun Mar 10 is now EDT (UTC-4): 03:30Z on Mar 11, still the 10th.
    expect(getLocalDate(new Date("2024-03-11T03:30:00Z"), tz)).toBe("2024-03-10");
    // Autumn (clocks fall back 2024-11-03): 04:30Z is 00:30 EDT that day; a day later 04:30Z is 23:30 EST, still Nov 3.
    expect(getLocalDate(new Date("2024-11-03T04:30:00Z"), tz)).toBe("2024-11-03");
    expect(getLocalDate(new Date("2024-11-04T04:30:00Z"), tz)).toBe("2024-11-03");
  });
});

describe("getLocalDate", () => {
  it("differs by zone for the same instant", () => {
    const instant = new Date("2024-06-30T23:30:00Z");
    expect(getLocalDate(instant, "UTC")).toBe("2024-06-30");
    expect(getLocalDate(instant, "Asia/Tokyo")).toBe("2024-07-01");
    expect(getLocalDate(instant, "America/Los_Angeles")).toBe("2024-06-30");
  });
});
