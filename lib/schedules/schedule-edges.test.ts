import { describe, expect, it } from "vitest";
import { dueOccurrences, nextOccurrences, type Schedule } from "./next-occurrences";

const dates = (s: Schedule, from: string, n: number) => nextOccurrences(s, from, n).map((o) => o.date);

describe("schedule edges", () => {
  it("a weekend move can cross a year end, both ways", () => {
    // 2022-12-31 was a Saturday, 2028-01-01 is a Saturday.
    expect(dates({ frequency: "yearly", startDate: "2022-12-31", weekendRule: "after" }, "2022-01-01", 1)).toEqual(["2023-01-02"]);
    expect(dates({ frequency: "yearly", startDate: "2028-01-01", weekendRule: "before" }, "2027-01-01", 1)).toEqual(["2027-12-31"]);
  });

  it("a moved-back occurrence is due in the old year and not again in the new one", () => {
    const s: Schedule = { frequency: "yearly", startDate: "2028-01-01", weekendRule: "before" };
    expect(dueOccurrences(s, null, "2027-12-31").map((o) => o.nominalDate)).toEqual(["2028-01-01"]);
    expect(dueOccurrences(s, "2028-01-01", "2028-01-01")).toEqual([]);
  });

  it("every other month on the 31st keeps the last day through a leap February", () => {
    expect(dates({ frequency: "monthly", interval: 2, startDate: "2023-12-31" }, "2023-12-01", 4)).toEqual(["2023-12-31", "2024-02-29", "2024-04-30", "2024-06-30"]);
  });

  it("day 29 of every month falls to Feb 28 in common years only", () => {
    expect(dates({ frequency: "monthly", startDate: "2025-01-29" }, "2025-02-01", 2)).toEqual(["2025-02-28", "2025-03-29"]);
    expect(dates({ frequency: "monthly", startDate: "2028-01-29" }, "2028-02-01", 1)).toEqual(["2028-02-29"]);
  });

  it("a weekly schedule across the autumn DST change keeps its weekday", () => {
    // Europe's clocks went back on 2024-10-27 (a Sunday); calendar dates do not move.
    expect(dates({ frequency: "weekly", startDate: "2024-10-20" }, "2024-10-20", 3)).toEqual(["2024-10-20", "2024-10-27", "2024-11-03"]);
  });
});
