import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayOfMonth, formatMonth } from "./format-date";

describe("formatDate", () => {
  it("formats a calendar date without shifting it a day", () => {
    expect(formatDate("2026-03-01", "en-US")).toBe("Mar 1, 2026");
    expect(formatDate("2026-03-01", "de-DE")).toBe("01.03.2026");
    expect(formatDate("2026-03-01", "pt-BR")).toBe("1 de mar. de 2026");
  });

  it("formats an instant in the given zone", () => {
    expect(formatDate("2026-03-01T23:30:00Z", "en-US", "Asia/Tokyo")).toBe("Mar 2, 2026");
  });
});

describe("formatDateTime", () => {
  it("follows the locale's order and clock", () => {
    expect(formatDateTime("2026-11-22T13:05:00Z", "en-US")).toBe("Nov 22, 2026, 1:05 PM");
    expect(formatDateTime("2026-11-22T13:05:00Z", "de-DE")).toBe("22.11.2026, 13:05");
    expect(formatDateTime(new Date("2026-11-22T13:05:00Z"), "fr-FR")).toBe("22 nov. 2026, 13:05");
  });
});

describe("formatMonth", () => {
  it("names the month in the locale's language", () => {
    expect(formatMonth("2026-11", "en-US")).toBe("Nov 2026");
    expect(formatMonth("2026-11", "es-ES")).toBe("nov 2026");
  });
});

describe("formatDayOfMonth", () => {
  it("names the calendar day without shifting it, and returns text that is no date unchanged", () => {
    expect(formatDayOfMonth("2026-03-05", "en-US")).toBe("Mar 5");
    expect(formatDayOfMonth("2026-03-05", "de-DE")).toBe("5. März");
    expect(formatDayOfMonth("someday", "en-US")).toBe("someday");
  });
});
