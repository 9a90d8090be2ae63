import { describe, expect, it } from "vitest";
import { BANK_C_FIELD_PATHS, encodeLatin1 } from "@/lib/banks/mock/bank-c";
import { corruptRecord } from "@/lib/banks/mock/corrupt-record";
import {
  decodeLatin1,
  normalizeBankCAccount,
  normalizeBankCTransaction,
  parseBankCAccountsDocument,
  parseBankCTransactionsDocument,
  parseLegacyAmount,
} from "./normalize-bank-c";

const FIXTURE = `<?xml version="1.0" encoding="ISO-8859-1"?>
<TransactionList page="2" pageCount="3" pageSize="2" total="5" since="01.03.2024">
  <Txn><TxnRef>00042</TxnRef><AcctNo>acc_cur</AcctNo><TxnDate>05.03.2024</TxnDate><Amount>1.234,56-</Amount><Ccy>GBP</Ccy><Memo>CAFÉ NERO 0412</Memo><Status>BOOK</Status></Txn>
  <Txn><TxnRef>00043</TxnRef><AcctNo>acc_cur</AcctNo><TxnDate>06.03.2024</TxnDate><Amount>2.850,00</Amount><Ccy>GBP</Ccy><Memo>M&amp;S SIMPLY FOOD</Memo><Status>PDNG</Status></Txn>
</TransactionList>
`;

describe("BankC documents", () => {
  it("parses a Latin-1 page and normalizes each record", () => {
    const bytes = encodeLatin1(FIXTURE);
    expect(bytes.includes(0xc9)).toBe(true); // "É" is one byte in ISO-8859-1
    const document = parseBankCTransactionsDocument(bytes);
    if (!document.ok) throw new Error(document.reason);
    expect(document.value).toMatchObject({ page: 2, pageCount: 3, total: 5 });
    expect(document.value.records.map(normalizeBankCTransaction)).toEqual([
      { ok: true, value: { externalId: "00042", accountExternalId: "acc_cur", amount: -123456, currency: "GBP", pending: false, date: "2024-03-05", description: "CAFÉ NERO 0412" } },
      { ok: true, value: { externalId: "00043", accountExternalId: "acc_cur", amount: 285000, currency: "GBP", pending: true, date: "2024-03-06", description: "M&S SIMPLY FOOD" } },
    ]);
  });

  it("reports a broken document instead of throwing", () => {
    expect(parseBankCTransactionsDocument(encodeLatin1("<Other/>"))).toMatchObject({ ok: false, reason: "missing <TransactionList> root element" });
    expect(parseBankCAccountsDocument(encodeLatin1("<AccountList count=\"0\"></AccountList>"))).toEqual({ ok: true, value: [] });
    const truncated = parseBankCTransactionsDocument(encodeLatin1(FIXTURE.slice(0, 400)));
    expect(truncated.ok === false && truncated.reason).toMatch(/^not well-formed XML: /);
    const undefinedEntity = parseBankCTransactionsDocument(encodeLatin1(FIXTURE.replace("M&amp;S", "M&nbsp;S")));
    expect(undefinedEntity.ok === false && undefinedEntity.reason).toMatch(/^not well-formed XML: \d+:\d+: undefined entity/);
    expect(parseBankCTransactionsDocument(encodeLatin1('<TransactionList page="x" pageCount="1"/>'))).toEqual({ ok: false, reason: "page and pageCount attributes must be integers" });
  });

  it("keeps every value text, expands only predefined entities and character references, and leaves a nested or repeated field for the schema to refuse", () => {
    const xml = `<TransactionList page="1" pageCount="1" total="3">
      <Txn id="t1"><TxnRef>007</TxnRef><Memo>A &lt;B&gt; &#233;&#x20AC; <![CDATA[C&D]]></Memo></Txn>
      <Txn><TxnRef>008</TxnRef><Memo><Line>nested</Line></Memo></Txn>
      <Txn><TxnRef>009</TxnRef><TxnRef>010</TxnRef></Txn>
    </TransactionList>`;
    const document = parseBankCTransactionsDocument(encodeLatin1(xml));
    if (!document.ok) throw new Error(document.reason);
    expect(document.value.records).toEqual([
      { "@id": "t1", TxnRef: "007", Memo: "A <B> é€ C&D" },
      { TxnRef: "008", Memo: {} },
      { TxnRef: ["009", "010"] },
    ]);
    expect(document.value.records.map(normalizeBankCTransaction).map((result) => result.ok)).toEqual([false, false, false]);
  });
});

describe("decodeLatin1", () => {
  it("maps every byte to the code point of the same value (no windows-1252 aliasing of 0x80-0x9F), from any offset", () => {
    const bytes = Uint8Array.from({ length: 258 }, (_, i) => (i - 2 + 256) % 256).subarray(2);
    expect([...decodeLatin1(bytes)].map((char) => char.charCodeAt(0))).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });
});

describe("parseLegacyAmount", () => {
  it.each([
    ["1.234,56-", -123456],
    ["0,07", 7],
    ["12.345.678,90", 1234567890],
    ["250-", -25000],
  ])("reads %s", (text, expected) => {
    expect(parseLegacyAmount(text, "EUR")).toEqual({ ok: true, value: expected });
  });

  it("rejects dot-decimal and misplaced groups", () => {
    expect(parseLegacyAmount("1234.56", "EUR").ok).toBe(false);
    expect(parseLegacyAmount("1.23,45", "EUR")).toMatchObject({ ok: false, reason: 'Amount: "1.23,45" is not an amount like 1.234,56-' });
  });
});

describe("normalizeBankCTransaction", () => {
  const record = { TxnRef: "9", AcctNo: "acc", TxnDate: "29.02.2024", Amount: "12,50-", Ccy: "EUR", Memo: "REWE SAGT DANKE", Status: "BOOK" };

  it.each([
    ["missing_field", "Amount: is missing"],
    ["impossible_date", 'TxnDate: "30.02.2024" is not a real DD.MM.YYYY date'],
    ["non_numeric_amount", 'Amount: "12.3O" is not an amount like 1.234,56-'],
    ["oversized_description", "description: is longer than 1024 characters"],
  ] as const)("quarantines a %s record with a readable reason", (kind, reason) => {
    expect(normalizeBankCTransaction(corruptRecord(record, kind, BANK_C_FIELD_PATHS))).toMatchObject({ ok: false, reason });
  });

  it("accepts a leap day", () => {
    expect(normalizeBankCTransaction(record)).toMatchObject({ ok: true, value: { date: "2024-02-29", amount: -1250 } });
  });
});

describe("normalizeBankCAccount", () => {
  it("reads a trailing-minus balance as owed", () => {
    expect(normalizeBankCAccount({ AcctNo: "acc_card", Name: "Karte", Type: "CARD", Ccy: "EUR", Mask: "3007", Balance: "420,00-", AvailBalance: "5.580,00" })).toEqual({
      ok: true,
      value: { externalId: "acc_card", name: "Karte", type: "credit_card", currency: "EUR", currentBalance: -42000, availableBalance: 558000, mask: "3007" },
    });
  });
});
