import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseStatement, type ParseStatementResult } from "./parse-statement";
import { summarizeStatement } from "./summarize-statement";
import { HANG_GUARD_MS } from "@/tests/helpers/hang-guard";

// The shared statement fixtures live next to the repository, never inside it (their licences are their own).
const REAL_DIR = fileURLToPath(new URL("../../../shared/fixtures/statements/", import.meta.url));
const realFixturesExist = existsSync(REAL_DIR);
if (!realFixturesExist) console.warn(`[imports] skipping real statement fixtures: ${REAL_DIR} not found`);

function parseBytes(bytes: Uint8Array, options = {}): ParseStatementResult {
  return parseStatement(bytes, options);
}

function summarizeFile(path: string) {
  const result = parseBytes(new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(`expected ${path} to parse: ${result.reason}`);
  return summarizeStatement(result.statement);
}

describe.skipIf(!realFixturesExist)("real statement files", () => {
  // Expected numbers were read off each file by hand (sum of the amounts it lists).
  const cases = [
    { file: "gnucash__doc_examples__web.qif", format: "qif", accounts: 1, count: 7, sums: { USD: "-499.95" }, from: "1999-03-18", to: "1999-03-25" },
    // 6 bank records; the !Type:Invst record is reported as a warning, not imported.
    { file: "quiffen__test_files__test.qif", format: "qif", accounts: 1, count: 6, sums: { USD: "-35.50" }, from: "2020-02-10", to: "2020-02-14" },
    { file: "hledger__examples__sample.fr.cp1252.csv", format: "csv", accounts: 1, count: 3, sums: { EUR: "20.00" }, from: "2012-03-22", to: "2012-03-24" },
    // Net column: -20.00 and 1,120.00.
    { file: "ledger-autosync__fixtures__paypal.csv", format: "csv", accounts: 1, count: 2, sums: { USD: "1100.00" }, from: "2016-06-04", to: "2016-06-04" },
    // Credits 2000 + 500, debits 6381.99.
    { file: "ofxstatement-lloyds__tests__sample-statement.csv", format: "csv", accounts: 1, count: 12, sums: { GBP: "-3881.99" }, from: "2023-12-01", to: "2024-01-15" },
    { file: "ofxparse__fixtures__anzcc.ofx", format: "ofx", accounts: 1, count: 1, sums: { AUD: "-5.50" }, from: "2017-05-08", to: "2017-05-08" },
    { file: "ofxparse__fixtures__checking.ofx", format: "ofx", accounts: 1, count: 3, sums: { USD: "-59.50" }, from: "2011-03-31", to: "2011-04-07" },
    { file: "ofxparse__fixtures__suncorp.ofx", format: "ofx", accounts: 1, count: 1, sums: { AUD: "-16.85" }, from: "2013-12-15", to: "2013-12-15" },
    // TxsSummry states TtlDbtNtries Sum 181.01 and no credits.
    { file: "ofxstatement-iso20022__samples__simple.xml", format: "camt053", accounts: 1, count: 4, sums: { EUR: "-181.01" }, from: "2015-12-31", to: "2015-12-31" },
  ] as const;

  for (const c of cases) {
    it(`${c.file}: ${c.count} transactions summing ${JSON.stringify(c.sums)}`, () => {
      const summary = summarizeFile(REAL_DIR + c.file);
      expect(summary.format).toBe(c.format);
      expect(summary.accounts).toBe(c.accounts);
      expect(summary.transactions).toBe(c.count);
      expect(summary.sums).toEqual(c.sums);
      expect(summary.date_range).toEqual({ from: c.from, to: c.to });
      expect(summary.rejected).toEqual([]);
    });
  }

  it("multiple_accounts2.ofx: two accounts with their ledger balances and no transactions", () => {
    const summary = summarizeFile(`${REAL_DIR}ofxparse__fixtures__multiple_accounts2.ofx`);
    expect(summary.account_details).toEqual([
      { id: "9100", currency: "USD", transactions: 0, stated_balance: "111.00" },
      { id: "9200", currency: "USD", transactions: 0, stated_balance: "222.00" },
    ]);
    expect(summary.transactions).toBe(0);
    expect(summary.sums).toEqual({});
  });

  it("camt.053 opening plus entries equals the stated closing balance", () => {
    const result = parseBytes(new Uint8Array(readFileSync(`${REAL_DIR}ofxstatement-iso20022__samples__simple.xml`)));
    if (!result.ok) throw new Error(result.reason);
    const account = result.statement.accounts[0];
    expect(account?.openingBalance).toEqual({ amount: 30653, date: "2015-12-01" });
    expect(account?.statedBalance).toEqual({ amount: 12552, date: "2015-12-31" });
    const total = account?.transactions.reduce((sum, t) => sum + t.amount, 0) ?? 0;
    expect(30653 + total).toBe(12552);
    expect(account?.transactions[0]).toMatchObject({
      externalId: "FC1261858984",
      payee: "AB DNB Bankas",
      description: "Sąskaitos aptarnavimo mokestis",
      amount: -29,
    });
  });

  it("decodes the Windows-1252 hledger file without replacement characters", () => {
    const result = parseBytes(new Uint8Array(readFileSync(`${REAL_DIR}hledger__examples__sample.fr.cp1252.csv`)));
    if (!result.ok) throw new Error(result.reason);
    expect(result.statement.encoding).toBe("windows-1252");
    expect(result.statement.accounts[0]?.transactions[2]?.description).toBe("CAFÉ — €20 REÇU");
  });
});

describe("hostile and malformed input", () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const reasonOf = (bytes: Uint8Array, options = {}): string => {
    const result = parseBytes(bytes, options);
    return result.ok ? "parsed" : result.reason;
  };

  it("rejects an empty file", () => {
    expect(reasonOf(new Uint8Array())).toBe("the file is empty");
    expect(reasonOf(encode("  \n\n "))).toBe("the file has no content");
  });

  it("rejects binary garbage", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(reasonOf(bytes)).toMatch(/binary/);
    expect(reasonOf(encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toMatch(/PDF/);
  });

  it("handles a 10 MB single line with a reason", { timeout: HANG_GUARD_MS }, () => {
    expect(reasonOf(encode("a,".repeat(5 * 1024 * 1024)))).toMatch(/no row in the CSV file has both a date and an amount/);
    expect(reasonOf(encode("x".repeat(10 * 1024 * 1024)))).toMatch(/not a recognized statement format/);
  });

  it("refuses deeply nested XML instead of overflowing the stack", () => {
    const deep = `<?xml version="1.0"?><Document><BkToCstmrStmt>${"<a>".repeat(100_000)}`;
    expect(reasonOf(encode(deep))).toMatch(/nested deeper than/);
  });

  it("refuses entity declarations (billion laughs) without expanding anything", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy="EUR">&lol2;</Amt></Ntry></Stmt></BkToCstmrStmt></Document>`;
    expect(reasonOf(encode(laughs))).toMatch(/entity/);
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><OFX>&xxe;</OFX>`;
    expect(reasonOf(encode(external))).toMatch(/entity/);
  });

  it("reports absurd amounts and impossible dates per row while keeping good rows", () => {
    const csv = "Date,Description,Amount\n2024-01-05,ok,-1.00\n2023-02-30,bad date,-2.00\n2024-01-06,huge,99999999999999999999.00\n";
    const result = parseBytes(encode(csv));
    if (!result.ok) throw new Error(result.reason);
    expect(result.statement.accounts[0]?.transactions.map((t) => t.amount)).toEqual([-100]);
    expect(result.statement.rejected).toEqual([
      { line: 3, reason: '"2023-02-30" is not a valid date', code: "dateInvalid", params: { text: "2023-02-30" } },
      { line: 4, reason: '"99999999999999999999.00" is too large an amount', code: "amountInvalid", params: { text: "99999999999999999999.00" } },
    ]);
  });

  it("reports an OFX file without statements and a truncated OFX file", () => {
    expect(reasonOf(encode("OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>"))).toMatch(/no bank or credit-card statement/);
    const truncated = "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST><STMTTRN><TRNAMT>-1.00<DTPOSTED>2024";
    const result = parseBytes(encode(truncated));
    if (!result.ok) throw new Error(result.reason);
    expect(result.statement.rejected).toEqual([{ line: 3, reason: '"2024" is not a valid OFX date', code: "ofxDateInvalid", params: { text: "2024" } }]);
  });

  it("honours an explicit format and says when the file does not match it", () => {
    expect(reasonOf(encode("Date,Amount\n2024-01-01,1.00\n"), { format: "ofx" })).toMatch(/no <OFX> element/);
    expect(reasonOf(encode("Date,Amount\n2024-01-01,1.00\n"), { format: "camt053" })).toMatch(/no camt statement/);
  });
});
