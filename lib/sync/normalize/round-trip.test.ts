import { describe, expect, it } from "vitest";
import * as bankA from "@/lib/banks/mock/bank-a";
import * as bankB from "@/lib/banks/mock/bank-b";
import * as bankC from "@/lib/banks/mock/bank-c";
import { bankViewAt, type BankView } from "@/lib/generator/bank-view-at";
import { generateHistory } from "@/lib/generator/generate-history";
import type { CanonicalTransaction } from "./canonical-transaction";
import { normalizeBankAAccount, normalizeBankATransaction } from "./normalize-bank-a";
import { normalizeBankBAccount, normalizeBankBTransaction } from "./normalize-bank-b";
import { normalizeBankCAccount, normalizeBankCTransaction, parseBankCAccountsDocument, parseBankCTransactionsDocument } from "./normalize-bank-c";

function unwrap<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function readAllA(view: BankView): CanonicalTransaction[] {
  const out: CanonicalTransaction[] = [];
  let cursor: string | null = null;
  do {
    const page = bankA.renderTransactionsPage(view, { cursor, count: 250 });
    out.push(...page.transactions.map((record) => unwrap(normalizeBankATransaction(JSON.parse(JSON.stringify(record))))));
    cursor = page.next_cursor;
  } while (cursor);
  return out;
}

function readAllB(view: BankView): CanonicalTransaction[] {
  const out: CanonicalTransaction[] = [];
  let cursor: string | null = null;
  let hasMore = true;
  while (hasMore) {
    const page = bankB.renderTransactionsPage(view, { cursor, count: 250 });
    expect(page.modified).toEqual([]);
    out.push(...page.added.map((record) => unwrap(normalizeBankBTransaction(JSON.parse(JSON.stringify(record))))));
    cursor = page.nextCursor;
    hasMore = page.hasMore;
  }
  return out;
}

function readAllC(view: BankView): CanonicalTransaction[] {
  const out: CanonicalTransaction[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const document = unwrap(parseBankCTransactionsDocument(bankC.renderTransactionsPage(view, { page, count: 250 })));
    pageCount = document.pageCount;
    out.push(...document.records.map((record) => unwrap(normalizeBankCTransaction(record))));
  }
  return out;
}

const readers = { "bank-a": readAllA, "bank-b": readAllB, "bank-c": readAllC } as const;

describe.each(["us", "uk", "in"] as const)("generator -> bank render -> normalizer (%s persona)", (persona) => {
  const { dataset } = generateHistory({ seed: 7, months: 6, persona });
  // Mid-history, so the view holds pending rows and pre-correction values as well as settled ones.
  const pendingPhase = dataset.transactions.find((tx) => tx.appearsAt > "2024-05-01" && (tx.postedAt === null || tx.appearsAt < tx.postedAt));
  const view = bankViewAt(dataset, pendingPhase?.appearsAt ?? dataset.endsAt);
  const expected = view.transactions
    .map((tx) => ({ externalId: tx.id, accountExternalId: tx.accountId, amount: tx.amount, currency: tx.currency, date: tx.date, description: tx.description, pending: tx.pending }))
    .sort((a, b) => (a.externalId < b.externalId ? -1 : 1));

  it.each(Object.keys(readers) as Array<keyof typeof readers>)("%s returns the generated amounts, dates and descriptions", (bank) => {
    const actual = readers[bank](view)
      .map(({ externalId, accountExternalId, amount, currency, date, description, pending }) => ({ externalId, accountExternalId, amount, currency, date, description, pending }))
      .sort((a, b) => (a.externalId < b.externalId ? -1 : 1));
    expect(expected.some((tx) => tx.pending)).toBe(true);
    expect(actual).toEqual(expected);
  });

  it("keeps merchant, MCC, timestamps and the pending link through BankB", () => {
    const byId = new Map(readAllB(view).map((tx) => [tx.externalId, tx]));
    for (const tx of view.transactions) {
      const canonical = byId.get(tx.id);
      expect(canonical?.merchantName).toBe(tx.merchantName ?? undefined);
      expect(canonical?.mcc).toBe(tx.mcc ?? undefined);
      expect(canonical?.authorizedAt).toBe(tx.authorizedAt);
      expect(canonical?.postedAt).toBe(tx.postedAt ?? undefined);
      expect(canonical?.pendingExternalId).toBe(tx.pendingTransactionId ?? undefined);
    }
  });

  it("returns the same account balances from all three banks", () => {
    const expectedAccounts = view.accounts.map((a) => ({ externalId: a.id, type: a.type, currency: a.currency, currentBalance: a.currentBalance, availableBalance: a.availableBalance, mask: a.mask }));
    const pick = ({ externalId, type, currency, currentBalance, availableBalance, mask }: ReturnType<typeof unwrap<import("./canonical-transaction").CanonicalAccount>>) => ({ externalId, type, currency, currentBalance, availableBalance, mask });
    expect(bankA.renderAccounts(view).accounts.map((r) => pick(unwrap(normalizeBankAAccount(r))))).toEqual(expectedAccounts);
    expect(bankB.renderAccounts(view).accounts.map((r) => pick(unwrap(normalizeBankBAccount(r))))).toEqual(expectedAccounts);
    const cRecords = unwrap(parseBankCAccountsDocument(bankC.renderAccounts(view)));
    expect(cRecords.map((r) => pick(unwrap(normalizeBankCAccount(r))))).toEqual(expectedAccounts);
  });
});
