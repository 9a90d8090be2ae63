import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseQif, parseQifDate } from "./parse-qif";

function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

describe("parseQif", () => {
  it("splits !Account blocks into accounts and reports bad records", () => {
    const parsed = parseQif(readFixture("two-accounts.qif"));
    expect(parsed.accounts.map((a) => [a.accountId, a.transactions.map((t) => [t.date, t.amount])])).toEqual([
      ["Everyday Checking", [["1998-01-02", -123456], ["2003-12-25", 10000]]],
      ["Travel Card", [["2004-02-03", -6000]]],
    ]);
    expect(parsed.accounts[1]?.transactions[0]).toMatchObject({ payee: "AIRLINE", category: "Travel:Flights" });
    expect(parsed.rejected).toEqual([
      { line: 25, reason: '"13/45/2003" is not a valid date', code: "dateInvalid", params: { text: "13/45/2003" } },
      { line: 42, reason: '"No date here" is not a valid date', code: "dateInvalid", params: { text: "No date here" } },
    ]);
  });

  it("reads dotted day-first dates and decimal commas", () => {
    const parsed = parseQif(readFixture("dotted-dates.qif"), { defaultCurrency: "EUR" });
    expect(parsed.accounts[0]?.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2003-12-25", -1050, "EUR"],
      ["2004-02-01", 120000, "EUR"],
    ]);
  });

  it("parses Quicken's odd date styles", () => {
    expect(parseQifDate("1/ 2'98", "mdy")).toBe("1998-01-02");
    expect(parseQifDate("2/10'2020", "mdy")).toBe("2020-02-10");
    expect(parseQifDate("1/ 2' 5", "mdy")).toBe("2005-01-02");
    expect(parseQifDate("03/25/099Share Withdrawal", "mdy")).toBe("1999-03-25");
    expect(parseQifDate("25.12.03", "dmy")).toBe("2003-12-25");
    expect(parseQifDate("2003-12-25", "dmy")).toBe("2003-12-25");
    expect(parseQifDate("02/30/2023", "mdy")).toBeUndefined();
  });
});

