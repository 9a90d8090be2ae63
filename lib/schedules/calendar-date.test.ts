import { describe, expect, it } from "vitest";
import {
  addDays, addMonths, dayOfWeek, daysBetween, daysInMonth, formatOrdinal, fromEpochDay, isLeapYear,
  parseCalendarDate, toEpochDay,
} from "./calendar-date";

describe("calendar-date", () => {
  it("knows leap years including century rules", () => {
    expect([2024, 2000, 1900, 2023, 2100].map(isLeapYear)).toEqual([true, true, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
  });

  it("rejects impossible dates", () => {
    expect(() => parseCalendarDate("2023-02-29")).toThrow(RangeError);
    expect(() => parseCalendarDate("2024-13-01")).toThrow(RangeError);
    expect(() => parseCalendarDate("2024-1-01")).toThrow(RangeError);
  });

  it("round-trips epoch days and adds across year ends", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(fromEpochDay(toEpochDay("2024-02-29"))).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("computes day of week (0 = Sunday)", () => {
    expect(dayOfWeek("2024-06-02")).toBe(0);
    expect(dayOfWeek("2024-06-07")).toBe(5);
    expect(dayOfWeek("1969-12-31")).toBe(3);
  });

  it("adds months with clamping and an anchor day", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-02-29", 1, 31)).toBe("2024-03-31");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
    expect(addMonths("2024-01-15", -1)).toBe("2023-12-15");
  });

  it("writes ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(formatOrdinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st",
    ]);
  });
});
