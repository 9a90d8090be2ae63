import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { headerFingerprint } from "./header-fingerprint";
import { parseCsv, previewCsv } from "./parse-csv";
import { summarizeStatement } from "./summarize-statement";
import { CsvMappingSchema, suggestCsvMapping } from "./suggest-csv-mapping";

function readFixtureText(name: string): string {
  return decodeText(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))).text;
}

function summarizeCsv(name: string) {
  const parsed = parseCsv(readFixtureText(name));
  return { parsed, summary: summarizeStatement({ format: "csv", encoding: "utf-8", ...parsed }) };
}

describe("parseCsv on bank-shaped fixtures", () => {
  it("German Sparkasse export: preamble, ';', decimal comma, dd.mm.yy, footer", () => {
    const { parsed, summary } = summarizeCsv("sparkasse-cp1252.csv");
    expect(parsed.layout.delimiter).toBe(";");
    expect(parsed.layout.headerLine).toBe(4);
    expect(parsed.mapping.decimalSeparator).toBe(",");
    expect(parsed.mapping.dateOrder).toBe("dmy");
    expect(summary.transactions).toBe(4);
    // -1250.00 - 3.45 + 2834.17 - 4.90, which is also the closing balance the file states.
    expect(summary.sums).toEqual({ EUR: "1575.82" });
    // summarizeStatement is the CLI's JSON: English reasons only, no catalog codes.
    expect(summary.rejected).toEqual([{ line: 8, reason: '"30.02.24" is not a valid date' }]);
    expect(parsed.accounts[0]?.transactions[0]).toMatchObject({
      line: 5,
      date: "2024-03-01",
      amount: -125000,
      description: "Miete März",
      payee: "Hausverwaltung Müller",
    });
  });

  it("Indian Withdrawal/Deposit columns with lakh grouping and a summary footer", () => {
    const { parsed, summary } = summarizeCsv("hdfc-withdrawal-deposit.csv");
    expect(parsed.mapping.currency).toBe("INR");
    expect(parsed.mapping.columns).toMatchObject({ date: 0, debit: 4, credit: 5, balance: 6 });
    expect(summary.transactions).toBe(3);
    expect(summary.sums).toEqual({ INR: "81154.50" });
    expect(summary.rejected).toEqual([{ line: 9, reason: 'debit: "abc" is not an amount' }]);
    expect(parsed.accounts[0]?.transactions[1]).toMatchObject({ amount: 8500000, balance: 13350000 });
  });

  it("Revolut: one account per currency, absurd amount rejected", () => {
    const { summary } = summarizeCsv("revolut-multi-currency.csv");
    expect(summary.account_details.map((a) => [a.currency, a.transactions])).toEqual([["EUR", 3], ["GBP", 2]]);
    expect(summary.sums).toEqual({ EUR: "46.50", GBP: "30.40" });
    expect(summary.rejected).toEqual([{ line: 7, reason: '"99999999999999999.00" is too large an amount' }]);
  });

  it("Chase: month-first dates, quoted commas and doubled quotes, trailing delimiter", () => {
    const { parsed, summary } = summarizeCsv("chase-checking.csv");
    expect(parsed.mapping.dateOrder).toBe("mdy");
    expect(summary.date_range).toEqual({ from: "2024-03-04", to: "2024-03-07" });
    expect(summary.sums).toEqual({ USD: "2319.41" });
    expect(parsed.accounts[0]?.transactions.map((t) => t.description)).toEqual([
      "NETFLIX.COM, LOS GATOS CA",
      "PAYROLL ACME INC",
      'SHELL OIL 1234 "FUEL"',
      "CHECK 1042",
    ]);
  });

  it("tab-separated CR/DR suffixes, parentheses and month-name dates", () => {
    const { parsed, summary } = summarizeCsv("sbi-cr-dr-tab.csv");
    expect(parsed.layout.delimiter).toBe("\t");
    expect(parsed.accounts[0]?.transactions.map((t) => [t.date, t.amount])).toEqual([
      ["2023-04-01", 1000000],
      ["2023-04-02", -25075],
      ["2023-04-03", -100000],
    ]);
    expect(summary.sums).toEqual({ USD: "8749.25" });
  });

  it("applies flipSign and an explicit currency from a saved mapping", () => {
    const text = "Date,Description,Amount\n01/02/2024,CARD PURCHASE,12.00\n01/03/2024,PAYMENT THANK YOU,-50.00\n";
    const guessed = parseCsv(text).mapping;
    const mapping = CsvMappingSchema.parse({ ...guessed, flipSign: true, currency: "CAD", dateOrder: "dmy" });
    const parsed = parseCsv(text, { mapping });
    expect(parsed.accounts[0]?.transactions.map((t) => [t.date, t.amount, t.currency])).toEqual([
      ["2024-02-01", -1200, "CAD"],
      ["2024-03-01", 5000, "CAD"],
    ]);
  });

  it("headerless files are mapped from cell contents", () => {
    const parsed = parseCsv("2024-05-01;Bakery;-4,20\n2024-05-02;Salary;1.000,00\n");
    expect(parsed.layout.headers).toEqual(["Column 1", "Column 2", "Column 3"]);
    expect(parsed.accounts[0]?.transactions.map((t) => [t.description, t.amount])).toEqual([
      ["Bakery", -420],
      ["Salary", 100000],
    ]);
  });

  it("uses a CR/DR indicator column for the sign", () => {
    const parsed = parseCsv("Date,Details,Amount,Cr/Dr\n2024-01-01,Salary,500.00,CR\n2024-01-02,Rent,300.00,DR\n");
    expect(parsed.accounts[0]?.transactions.map((t) => t.amount)).toEqual([50000, -30000]);
  });
});

describe("suggestCsvMapping", () => {
  it("maps a Lloyds-style header with separate debit and credit columns", () => {
    const headers = ["Transaction Date", "Transaction Type", "Sort Code", "Account Number", "Transaction Description", "Debit Amount", "Credit Amount", "Balance", ""];
    const rows = [["15/01/2024", "DEB", "'99-88-74", "1515152252", "ACME STORE", "8.99", "", "2040.59", ""]];
    const result = suggestCsvMapping(headers, rows);
    expect(result).toEqual({
      ok: true,
      mapping: {
        columns: { date: 0, description: [4], debit: 5, credit: 6, balance: 7 },
        dateOrder: "dmy",
        decimalSeparator: ".",
        flipSign: false,
        currency: "GBP",
      },
    });
  });

  it("prefers N26's account-currency amount over the foreign amount", () => {
    const headers = ["Date", "Payee", "Account number", "Transaction type", "Payment reference", "Amount (EUR)", "Amount (Foreign Currency)", "Type Foreign Currency", "Exchange Rate"];
    const rows = [["2024-01-03", "Cafe", "", "MasterCard Payment", "", "-4.5", "-4.5", "EUR", "1.0"]];
    const result = suggestCsvMapping(headers, rows);
    if (!result.ok) throw new Error(result.reason);
    expect(result.mapping.columns.amount).toBe(5);
    expect(result.mapping.currency).toBe("EUR");
    // Payee comes first: N26 leaves the payment reference empty for card payments.
    expect(result.mapping.columns.description).toEqual([1, 4]);
  });

  it("says why when no amount column exists", () => {
    const result = suggestCsvMapping(["Date", "Note"], [["2024-01-01", "hello"]]);
    expect(result).toMatchObject({ ok: false, reason: "no column looks like an amount" });
  });
});

describe("headerFingerprint", () => {
  it("ignores case, accents, punctuation, BOM and trailing empty headers but not order", () => {
    const a = headerFingerprint(["\uFEFFDate", "Beschreibung", "Betrag (€)", ""]);
    expect(a).toBe(headerFingerprint(["date", "BESCHREIBUNG", "betrag"]));
    expect(a).toMatch(/^csv1-[0-9a-f]{16}$/);
    expect(a).not.toBe(headerFingerprint(["Beschreibung", "Date", "Betrag"]));
  });
});

describe("previewCsv", () => {
  it("shows the first rows as they will be imported, failures included", () => {
    const preview = previewCsv("Date,Description,Amount\n2024-01-01,Tea,-2.50\nnot a date,Oops,1\n2024-01-03,Cake,-4.00\n", {}, 2);
    expect(preview.layout.headers).toEqual(["Date", "Description", "Amount"]);
    expect(preview.rows).toEqual([
      expect.objectContaining({ line: 2, transaction: expect.objectContaining({ amount: -250, description: "Tea" }) }),
      { line: 3, cells: ["not a date", "Oops", "1"], reason: '"not a date" is not a valid date', code: "dateInvalid", params: { text: "not a date" } },
    ]);
  });
});
