import { describe, expect, it } from "vitest";
import { bankViewAt, type BankView } from "@/lib/generator/bank-view-at";
import { generateHistory } from "@/lib/generator/generate-history";
import { decodeLatin1 } from "@/lib/sync/normalize/normalize-bank-c";
import { formatLegacyAmount, formatLegacyDate, parseSinceDate, renderAccounts, renderTransactionsPage } from "./bank-c";

const base = { accountId: "acc_1", currency: "EUR", merchantName: null, merchantCity: null, mcc: null, pendingTransactionId: null, postedAt: null };
const view: BankView = {
  instant: "2024-03-10T00:00:00.000Z",
  utcOffsetMinutes: 60,
  accounts: [{ id: "acc_1", bankId: "bank-c", name: "Girokonto Müller", type: "checking", currency: "EUR", mask: "5523", currentBalance: -123456, availableBalance: 376544, creditLimit: null }],
  transactions: [
    { ...base, id: "r1", date: "2024-03-01", authorizedAt: "2024-03-01T10:00:00.000Z", pending: false, postedAt: "2024-03-01T10:00:00.000Z", amount: -123456, description: "CAFÉ <ROMA> & CO", firstSeenAt: "", updatedAt: "" },
    { ...base, id: "r2", date: "2024-03-04", authorizedAt: "2024-03-04T10:00:00.000Z", pending: true, amount: 5000, description: "GUTSCHRIFT €", firstSeenAt: "", updatedAt: "" },
  ],
  removed: [],
};

describe("BankC formats", () => {
  it("formats amounts with thousands dots, decimal comma and a trailing sign", () => {
    expect(formatLegacyAmount(-123456, "EUR")).toBe("1.234,56-");
    expect(formatLegacyAmount(123456789, "EUR")).toBe("1.234.567,89");
    expect(formatLegacyAmount(7, "EUR")).toBe("0,07");
    expect(formatLegacyAmount(-1500, "JPY")).toBe("1.500-");
    expect(formatLegacyDate("2024-03-01")).toBe("01.03.2024");
  });

  it("accepts since as DD.MM.YYYY or ISO and rejects impossible dates", () => {
    expect(parseSinceDate("04.03.2024")).toBe("2024-03-04");
    expect(parseSinceDate("2024-03-04")).toBe("2024-03-04");
    expect(() => parseSinceDate("31.02.2024")).toThrow(/DD\.MM\.YYYY/);
  });
});

describe("BankC rendering", () => {
  it("writes ISO-8859-1 bytes with escaped XML", () => {
    const bytes = renderTransactionsPage(view, { count: 1 });
    const text = decodeLatin1(bytes);
    expect(text.startsWith('<?xml version="1.0" encoding="ISO-8859-1"?>')).toBe(true);
    expect(bytes.includes(0xc9)).toBe(true);
    expect(text).toContain('<TransactionList page="1" pageCount="2" pageSize="1" total="2">');
    expect(text).toContain("<Txn><TxnRef>r1</TxnRef><AcctNo>acc_1</AcctNo><TxnDate>01.03.2024</TxnDate><Amount>1.234,56-</Amount><Ccy>EUR</Ccy><Memo>CAFÉ &lt;ROMA&gt; &amp; CO</Memo><Status>BOOK</Status></Txn>");
  });

  it("pages by number and filters by since date", () => {
    const text = decodeLatin1(renderTransactionsPage(view, { page: 1, since: "02.03.2024" }));
    expect(text).toContain('since="02.03.2024"');
    expect(text).toContain("<TxnRef>r2</TxnRef>");
    expect(text).not.toContain("<TxnRef>r1</TxnRef>");
    expect(text).toContain("<Memo>GUTSCHRIFT ?</Memo>");
    expect(text).toContain("<Status>PDNG</Status>");
    expect(decodeLatin1(renderTransactionsPage(view, { page: 3, count: 1 }))).not.toContain("<Txn>");
    expect(() => renderTransactionsPage(view, { page: 0 })).toThrow(/page/);
  });

  it("renders accounts with legacy balances", () => {
    expect(decodeLatin1(renderAccounts(view))).toContain("<Account><AcctNo>acc_1</AcctNo><Name>Girokonto Müller</Name><Type>CURRENT</Type><Ccy>EUR</Ccy><Mask>5523</Mask><Balance>1.234,56-</Balance><AvailBalance>3.765,44</AvailBalance></Account>");
  });
});

describe("BankC over time", () => {
  it("reissues the id when a pending row posts and gives no link to the old one", () => {
    const { dataset, truth } = generateHistory({ seed: 42, months: 24, persona: "uk" });
    const bankCAccounts = new Set(dataset.accounts.filter((a) => a.bankId === "bank-c").map((a) => a.id));
    const byId = new Map(dataset.transactions.map((t) => [t.id, t]));
    const pair = truth.pendingPosted.find((p) => p.pendingId !== p.postedId && bankCAccounts.has(byId.get(p.postedId)?.accountId ?? ""));
    const posted = byId.get(pair?.postedId ?? "");
    const pending = byId.get(pair?.pendingId ?? "");
    if (!pair || !posted?.postedAt || !pending) throw new Error("seed 42 should have a reissued BankC transaction");
    const render = (at: string) => decodeLatin1(renderTransactionsPage(bankViewAt(dataset, at, { bankId: "bank-c" }), { since: posted.date, count: 500 }));
    const before = render(pending.appearsAt);
    const after = render(posted.postedAt);
    expect(before).toContain(`<TxnRef>${pending.id}</TxnRef>`);
    expect(before).not.toContain(`<TxnRef>${posted.id}</TxnRef>`);
    expect(after).toContain(`<TxnRef>${posted.id}</TxnRef>`);
    expect(after).not.toContain(`<TxnRef>${pending.id}</TxnRef>`);
    expect(after).not.toContain(pending.id);
  });
});
