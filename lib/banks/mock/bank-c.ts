import type { BankView, BankViewTransaction } from "@/lib/generator/bank-view-at";
import { isCalendarDate } from "@/lib/generator/calendar";
import type { GeneratedAccountType } from "@/lib/generator/types";
import { formatMinorAsDecimal } from "@/lib/money";
import { corruptRecord, type RecordFieldPaths } from "./corrupt-record";
import type { MalformedKind } from "./decide-fault";
import { MockBankInputError, readCount } from "./encode-cursor";
import { cachedListing } from "./listing-version";

/**
 * BankC, a legacy system: ISO-8859-1 XML, "1.234,56-" amounts, DD.MM.YYYY dates, page numbers and a
 * `since` date instead of cursors, no link between a pending row and the posted row that replaces it.
 */

export interface BankCAccountRecord {
  AcctNo: string;
  Name: string;
  Type: "CURRENT" | "SAVINGS" | "CARD";
  Ccy: string;
  Mask: string;
  /** Trailing "-" = debit balance, i.e. the customer owes. */
  Balance: string;
  AvailBalance: string;
}

export interface BankCTransactionRecord {
  TxnRef: string;
  AcctNo: string;
  TxnDate: string;
  /** Trailing "-" = money out of the account. */
  Amount: string;
  Ccy: string;
  Memo: string;
  /** PDNG = pending (vorgemerkt), BOOK = booked. */
  Status: "PDNG" | "BOOK";
}

export const BANK_C_FIELD_PATHS: RecordFieldPaths = { amount: ["Amount"], date: ["TxnDate"], description: ["Memo"] };

const ACCOUNT_TYPES: Record<GeneratedAccountType, BankCAccountRecord["Type"]> = {
  checking: "CURRENT",
  savings: "SAVINGS",
  credit_card: "CARD",
};

/** -123456 EUR -> "1.234,56-": thousands dot, decimal comma, sign after the number. */
export function formatLegacyAmount(amount: number, currency: string): string {
  const [whole = "0", fraction] = formatMinorAsDecimal(Math.abs(amount), currency).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${grouped}${fraction === undefined ? "" : `,${fraction}`}${amount < 0 ? "-" : ""}`;
}

export function formatLegacyDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

/** Accepts the bank's own DD.MM.YYYY or ISO YYYY-MM-DD and returns YYYY-MM-DD. */
export function parseSinceDate(text: string): string {
  const legacy = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = legacy ? [legacy[3], legacy[2], legacy[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day || !isCalendarDate(Number(year), Number(month), Number(day))) {
    throw new MockBankInputError(`since "${text}" is not a DD.MM.YYYY date`);
  }
  return `${year}-${month}-${day}`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** ISO-8859-1 bytes; characters it cannot hold become "?", as legacy systems do. */
export function encodeLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[i] = code <= 0xff ? code : 0x3f;
  }
  return bytes;
}

function renderElement(name: string, fields: object): string {
  const children = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `<${key}>${escapeXml(String(value))}</${key}>`)
    .join("");
  return `<${name}>${children}</${name}>`;
}

function renderDocument(root: string, attributes: Record<string, string | number>, children: string[]): Uint8Array {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return encodeLatin1(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<${root}${attrs}>\n${children.map((c) => `  ${c}\n`).join("")}</${root}>\n`);
}

export function renderAccounts(view: BankView): Uint8Array {
  const records: BankCAccountRecord[] = view.accounts.map((account) => ({
    AcctNo: account.id,
    Name: account.name,
    Type: ACCOUNT_TYPES[account.type],
    Ccy: account.currency,
    Mask: account.mask,
    Balance: formatLegacyAmount(account.currentBalance, account.currency),
    AvailBalance: formatLegacyAmount(account.availableBalance, account.currency),
  }));
  return renderDocument("AccountList", { count: records.length }, records.map((record) => renderElement("Account", record)));
}

export function renderTransaction(tx: BankViewTransaction): BankCTransactionRecord {
  return {
    TxnRef: tx.id,
    AcctNo: tx.accountId,
    TxnDate: formatLegacyDate(tx.date),
    Amount: formatLegacyAmount(tx.amount, tx.currency),
    Ccy: tx.currency,
    Memo: tx.description,
    Status: tx.pending ? "PDNG" : "BOOK",
  };
}

export interface BankCPageOptions {
  /** 1-based. */
  page?: number;
  count?: number;
  /** DD.MM.YYYY (or YYYY-MM-DD): only transactions dated on or after it. */
  since?: string;
  accountId?: string;
  corruptions?: ReadonlyMap<number, MalformedKind>;
  /** The current listing version, a `version` attribute on every page (optional wire addition). */
  version?: string;
  /** A page-1 request with the version it last saw gets `notModified="true"` and no rows when it still matches. */
  unlessVersion?: string;
}

/**
 * Oldest first, filtered by transaction date: a correction to an older row is only seen by a client that
 * re-reads an overlapping window, and a posted row may carry a new TxnRef with nothing linking it to the
 * pending one it replaced, which is why the sync layer must match pending to posted by content.
 */
export function renderTransactionsPage(view: BankView, options: BankCPageOptions = {}): Uint8Array {
  const count = readCount(options.count, 50);
  const page = options.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw new MockBankInputError("page must be a positive integer");
  const since = options.since === undefined ? null : parseSinceDate(options.since);
  if (page === 1 && options.version !== undefined && options.unlessVersion === options.version) {
    return renderDocument("TransactionList", { page: 1, pageCount: 1, pageSize: count, total: 0, version: options.version, notModified: "true" }, []);
  }
  const rows = cachedListing(view, `c\u001f${options.accountId ?? ""}\u001f${since ?? ""}`, () =>
    view.transactions
      .filter((tx) => (options.accountId === undefined || tx.accountId === options.accountId) && (since === null || tx.date >= since))
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1)),
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / count));
  const records = rows.slice((page - 1) * count, page * count).map((tx, index) => {
    const record = renderTransaction(tx);
    const corruption = options.corruptions?.get(index);
    return corruption ? corruptRecord(record, corruption, BANK_C_FIELD_PATHS) : record;
  });
  const attributes: Record<string, string | number> = { page, pageCount, pageSize: count, total: rows.length };
  if (since !== null) attributes.since = formatLegacyDate(since);
  if (options.version !== undefined) attributes.version = options.version;
  return renderDocument("TransactionList", attributes, records.map((record) => renderElement("Txn", record)));
}
