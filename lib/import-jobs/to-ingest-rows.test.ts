import { describe, expect, it } from "vitest";
import type { ParsedStatement, ParsedTransaction } from "@/lib/imports/types";
import { toIngestRows } from "./to-ingest-rows";
import { describeOversizedFile } from "./import-limits";

const ACCOUNT = { id: "0190a000-0000-7000-8000-000000000001", currency: "USD" };

function statement(transactions: Array<Partial<ParsedTransaction>>, rejected: ParsedStatement["rejected"] = []): ParsedStatement {
  return {
    format: "csv",
    encoding: "utf-8",
    rejected,
    warnings: [],
    accounts: [{
      currency: "USD",
      transactions: transactions.map((t, i) => ({ line: i + 2, date: "2026-03-01", amount: -450, currency: "USD", description: "COFFEE", raw: `row ${i}`, ...t })),
    }],
  };
}

describe("toIngestRows", () => {
  it("keeps two identical rows apart with an occurrence index, and gives the same ids on a re-import", () => {
    const file = statement([{}, {}, { amount: -500 }]);
    const first = toIngestRows(file, ACCOUNT).rows.map((r) => r.externalId);
    expect(new Set(first).size).toBe(3);
    expect(first[0]).toMatch(/^imp:h:[0-9a-f]{32}:1$/);
    expect(first[1]).toBe(first[0]?.replace(/:1$/, ":2"));
    expect(toIngestRows(file, ACCOUNT).rows.map((r) => r.externalId)).toEqual(first);
  });

  it("uses the file's own id, prefixed, and suffixes a repeated one", () => {
    const { rows } = toIngestRows(statement([{ externalId: "FIT1" }, { externalId: "FIT1", amount: -1 }, { externalId: "FIT2" }]), ACCOUNT);
    expect(rows.map((r) => r.externalId)).toEqual(["imp:FIT1", "imp:FIT1#2", "imp:FIT2"]);
    expect(rows[0]).toMatchObject({ accountId: ACCOUNT.id, amount: -450, pending: false, date: "2026-03-01", description: "COFFEE", payload: { format: "csv", line: 2, raw: "row 0" } });
  });

  it("rejects rows in another currency with their line, next to the parser's rejections, in line order", () => {
    const { rows, rejected } = toIngestRows(statement([{}, { currency: "EUR" }], [{ line: 9, reason: "date: not a date" }]), ACCOUNT);
    expect(rows).toHaveLength(1);
    expect(rejected).toEqual([
      { line: 3, reason: "currency: EUR differs from the account's currency USD", code: "currencyMismatch", params: { currency: "EUR", accountCurrency: "USD" } },
      { line: 9, reason: "date: not a date" },
    ]);
  });
});

describe("describeOversizedFile", () => {
  it("names the file, its size and the limit", () => {
    expect(describeOversizedFile("statement.csv", Math.round(14.2 * 1024 * 1024))).toBe("statement.csv is 14.2 MB; the limit is 10 MB");
  });
});
