import { z } from "zod";
import { formatMinorAsDecimal } from "@/lib/money";
import type { BankView, BankViewTransaction } from "@/lib/generator/bank-view-at";
import type { GeneratedAccountType } from "@/lib/generator/types";
import { corruptRecord, type RecordFieldPaths } from "./corrupt-record";
import type { MalformedKind } from "./decide-fault";
import { decodeCursor, encodeCursor, readCount } from "./encode-cursor";
import { cachedListing } from "./listing-version";

/** BankA, a traditional bank: snake_case, unsigned decimal strings with DR/CR, newest first, cursor + count. */

export type BankADrCr = "DR" | "CR";

export interface BankAAccountRecord {
  acc_id: string;
  acc_name: string;
  acc_type: "CHECKING" | "SAVINGS" | "CREDIT_CARD";
  acc_number_masked: string;
  currency: string;
  curr_bal: string;
  /** DR = the customer owes (overdraft or card debt); CR = funds held for the customer. */
  curr_bal_dr_cr: BankADrCr;
  avail_bal: string;
  avail_bal_dr_cr: BankADrCr;
}

export interface BankATransactionRecord {
  txn_id: string;
  acc_id: string;
  txn_date: string;
  post_date: string | null;
  amount: string;
  /** DR = money out of the customer's account, CR = money in. */
  dr_cr: BankADrCr;
  currency: string;
  narrative: string;
  status: "PENDING" | "POSTED";
}

export interface BankATransactionsPage {
  transactions: BankATransactionRecord[];
  count: number;
  next_cursor: string | null;
  /** The listing's version (see listingVersion); present when the request was served with one. */
  listing_version?: string;
  /** True when the client's `unless_version` still matches: no rows follow and nothing changed. */
  not_modified?: boolean;
}

export const BANK_A_FIELD_PATHS: RecordFieldPaths = { amount: ["amount"], date: ["txn_date"], description: ["narrative"] };

const ACCOUNT_TYPES: Record<GeneratedAccountType, BankAAccountRecord["acc_type"]> = {
  checking: "CHECKING",
  savings: "SAVINGS",
  credit_card: "CREDIT_CARD",
};

function splitSigned(amount: number, currency: string): { value: string; drCr: BankADrCr } {
  return { value: formatMinorAsDecimal(Math.abs(amount), currency), drCr: amount < 0 ? "DR" : "CR" };
}

export function renderAccounts(view: BankView): { accounts: BankAAccountRecord[] } {
  return {
    accounts: view.accounts.map((account) => {
      const current = splitSigned(account.currentBalance, account.currency);
      const available = splitSigned(account.availableBalance, account.currency);
      return {
        acc_id: account.id,
        acc_name: account.name,
        acc_type: ACCOUNT_TYPES[account.type],
        acc_number_masked: `XXXX${account.mask}`,
        currency: account.currency,
        curr_bal: current.value,
        curr_bal_dr_cr: current.drCr,
        avail_bal: available.value,
        avail_bal_dr_cr: available.drCr,
      };
    }),
  };
}

export function renderTransaction(tx: BankViewTransaction): BankATransactionRecord {
  const { value, drCr } = splitSigned(tx.amount, tx.currency);
  return {
    txn_id: tx.id,
    acc_id: tx.accountId,
    txn_date: tx.date,
    post_date: tx.postedAt === null ? null : tx.postedAt.slice(0, 10),
    amount: value,
    dr_cr: drCr,
    currency: tx.currency,
    narrative: tx.description,
    status: tx.pending ? "PENDING" : "POSTED",
  };
}

const BankACursorSchema = z.object({ offset: z.number().int().min(0) });

export interface BankAPageOptions {
  cursor?: string | null;
  count?: number;
  accountId?: string;
  corruptions?: ReadonlyMap<number, MalformedKind>;
  /** The current listing version, echoed on every page (optional wire addition; older clients ignore it). */
  version?: string;
  /** A first-page request carrying the version it last saw is answered "not modified" when it still matches. */
  unlessVersion?: string;
}

/**
 * Newest first with an offset cursor, like many traditional banks: a transaction that arrives while a
 * client pages shifts every later row by one, so clients see a repeated row (the reason dedup exists).
 */
export function renderTransactionsPage(view: BankView, options: BankAPageOptions = {}): BankATransactionsPage {
  const count = readCount(options.count, 100);
  const offset = options.cursor ? decodeCursor("a1", options.cursor, BankACursorSchema).offset : 0;
  const versioned = options.version === undefined ? {} : { listing_version: options.version };
  if (offset === 0 && options.version !== undefined && options.unlessVersion === options.version) {
    return { transactions: [], count: 0, next_cursor: null, ...versioned, not_modified: true };
  }
  const rows = cachedListing(view, `a\u001f${options.accountId ?? ""}`, () =>
    view.transactions
      .filter((tx) => options.accountId === undefined || tx.accountId === options.accountId)
      .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1)),
  );
  const slice = rows.slice(offset, offset + count).map((tx, index) => {
    const record = renderTransaction(tx);
    const corruption = options.corruptions?.get(index);
    return corruption ? corruptRecord(record, corruption, BANK_A_FIELD_PATHS) : record;
  });
  const nextOffset = offset + slice.length;
  return {
    transactions: slice,
    count: slice.length,
    next_cursor: nextOffset < rows.length ? encodeCursor("a1", { offset: nextOffset }) : null,
    ...versioned,
  };
}
