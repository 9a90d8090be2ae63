import { describe, expect, it } from "vitest";
import { parseCamt053 } from "./parse-camt053";

describe("parseCamt053", () => {
  const camt = (entries: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
<Acct><Id><IBAN>CH9300762011623852957</IBAN></Id><Ccy>CHF</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="CHF">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2024-04-30</Dt></Dt></Bal>
<TxsSummry><TtlNtries><NbOfNtries>3</NbOfNtries></TtlNtries></TxsSummry>
${entries}
</Stmt></BkToCstmrStmt></Document>`;

  it("signs by CdtDbtInd, reads party names and references, and checks the stated entry count", () => {
    const parsed = parseCamt053(
      camt(`<Ntry><NtryRef>R1</NtryRef><Amt Ccy="CHF">1250.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-04-25</Dt></BookgDt>
<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Employer AG</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>Salary</Ustrd><Ustrd>April</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="CHF">80.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><ValDt><Dt>2024-04-31</Dt></ValDt></Ntry>`),
    );
    const account = parsed.accounts[0];
    expect(account).toMatchObject({ accountId: "CH9300762011623852957", currency: "CHF", statedBalance: { amount: -1000, date: "2024-04-30" } });
    expect(account?.transactions).toEqual([
      expect.objectContaining({ amount: 125050, date: "2024-04-25", description: "Salary April", payee: "Employer AG", externalId: "R1" }),
    ]);
    expect(parsed.rejected).toEqual([{ line: 8, reason: '"2024-04-31" is not a valid date', code: "dateInvalid", params: { text: "2024-04-31" } }]);
    expect(parsed.warnings).toEqual(["the statement says it has 3 entries but 1 were imported"]);
  });
});
