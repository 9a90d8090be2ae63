import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOfx, parseOfxDate } from "./parse-ofx";

function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

describe("parseOfx", () => {
  it("reads an SGML file with a bank and a credit-card statement", () => {
    const parsed = parseOfx(readFixture("two-accounts-sgml.ofx"));
    expect(parsed.accounts.map((a) => [a.accountId, a.currency, a.statedBalance?.amount, a.transactions.length])).toEqual([
      ["000111222", "USD", 245783, 2],
      ["4111111111111111", "CAD", -1499, 2],
    ]);
    expect(parsed.accounts[0]?.transactions[0]).toMatchObject({
      externalId: "A-1",
      date: "2024-03-02",
      amount: -4217,
      description: "GROCERY & MORE",
    });
    expect(parsed.accounts[0]?.transactions[1]?.amount).toBe(150000);
    expect(parsed.accounts[1]?.transactions.map((t) => t.amount)).toEqual([-1999, 500]);
    expect(parsed.rejected).toEqual([{ line: 37, reason: '"20230230" is not a valid OFX date', code: "ofxDateInvalid", params: { text: "20230230" } }]);
  });

  it("reads OFX 2 XML with closing tags and CDATA", () => {
    const xml = `<?xml version="1.0"?><?OFX OFXHEADER="200" VERSION="220"?>
<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF>
<BANKACCTFROM><ACCTID>DE1</ACCTID></BANKACCTFROM><BANKTRANLIST>
<STMTTRN><DTPOSTED>20240229</DTPOSTED><TRNAMT>-1.5</TRNAMT><FITID>x</FITID><NAME><![CDATA[A & B <shop>]]></NAME></STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    const parsed = parseOfx(xml);
    expect(parsed.accounts[0]?.transactions[0]).toMatchObject({ date: "2024-02-29", amount: -150, description: "A & B <shop>", line: 4 });
  });

  it("takes the calendar date from OFX timestamps", () => {
    expect(parseOfxDate("20130525225731.258[-7:PDT]")).toBe("2013-05-25");
    expect(parseOfxDate("20230229")).toBeUndefined();
  });
});

