import { describe, expect, it } from "vitest";
import { detectDateOrder, parseDateText, toIsoDate } from "./parse-date-text";

describe("parseDateText", () => {
  it("reads ISO, compact, day-first, month-first and two-digit years", () => {
    expect(parseDateText("2024-03-01T10:00:00Z", "mdy")).toBe("2024-03-01");
    expect(parseDateText("20240301", "dmy")).toBe("2024-03-01");
    expect(parseDateText("01/03/2024", "dmy")).toBe("2024-03-01");
    expect(parseDateText("01/03/2024", "mdy")).toBe("2024-01-03");
    expect(parseDateText("30.12.23", "dmy")).toBe("2023-12-30");
    expect(parseDateText("1.1.99", "dmy")).toBe("1999-01-01");
    expect(parseDateText("2012/3/22", "mdy")).toBe("2012-03-22");
  });

  it("reads month names in several languages", () => {
    expect(parseDateText("1 Apr 2023", "mdy")).toBe("2023-04-01");
    expect(parseDateText("15-Jan-24", "mdy")).toBe("2024-01-15");
    expect(parseDateText("Jan 5, 2024", "dmy")).toBe("2024-01-05");
    expect(parseDateText("3. Mär 2024", "dmy")).toBe("2024-03-03");
  });

  it("rejects impossible and non-dates", () => {
    expect(parseDateText("2023-02-30", "ymd")).toBeUndefined();
    expect(parseDateText("2024-02-29", "ymd")).toBe("2024-02-29");
    expect(parseDateText("1900-02-29", "ymd")).toBeUndefined();
    expect(parseDateText("31/04/2024", "dmy")).toBeUndefined();
    expect(parseDateText("hello", "dmy")).toBeUndefined();
    expect(parseDateText("", "dmy")).toBeUndefined();
    expect(toIsoDate(2024, 13, 1)).toBeUndefined();
  });
});

describe("detectDateOrder", () => {
  it("follows the evidence, and the preference when ambiguous", () => {
    expect(detectDateOrder(["01/02/2024", "13/02/2024"], "mdy")).toBe("dmy");
    expect(detectDateOrder(["01/02/2024", "02/13/2024"], "dmy")).toBe("mdy");
    expect(detectDateOrder(["01/02/2024", "03/04/2024"], "mdy")).toBe("mdy");
    expect(detectDateOrder(["15.03.24", "30.02.24", "31.03.24"], "dmy")).toBe("dmy");
  });
});
