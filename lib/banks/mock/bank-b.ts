import { z } from "zod";
import type { BankView, BankViewTransaction } from "@/lib/generator/bank-view-at";
import { corruptRecord, type RecordFieldPaths } from "./corrupt-record";
import type { MalformedKind } from "./decide-fault";
import { decodeCursor, encodeCursor, readCount } from "./encode-cursor";
import { formatOffsetTimestamp } from "./format-offset-timestamp";

/** BankB, a modern API: camelCase, integer minor units, offset timestamps, nested merchant, Plaid-like deltas. */

export interface BankBMoney {
  /** Integer minor units. On transactions, positive = money OUT of the account (Plaid's convention). */
  value: number;
  currency: string;
}

export interface BankBAccountRecord {
  id: string;
  name: string;
  type: "depository" | "credit";
  subtype: "checking" | "savings" | "credit card";
  mask: string;
  balances: {
    /** Depository: funds held. Credit: amount owed (positive = debt), as Plaid reports it. */
    current: BankBMoney;
    available: BankBMoney | null;
    limit: BankBMoney | null;
  };
}

export interface BankBTransactionRecord {
  id: string;
  accountId: string;
  amount: BankBMoney;
  status: "pending" | "posted";
  authorizedAt: string | null;
  postedAt: string | null;
  description: string;
  merchant: { name: string; mcc: string | null; city: string | null } | null;
  category: { primary: string } | null;
  pendingTransactionId: string | null;
}

export interface BankBRemovedRecord {
  transactionId: string;
  accountId: string;
}

export interface BankBSyncPage {
  added: BankBTransactionRecord[];
  modified: BankBTransactionRecord[];
  removed: BankBRemovedRecord[];
  nextCursor: string;
  hasMore: boolean;
}

export const BANK_B_FIELD_PATHS: RecordFieldPaths = { amount: ["amount", "value"], date: ["authorizedAt"], description: ["description"] };

/** BankB's own coarse category, derived from the MCC as a real aggregator's would be; never the ground truth. */
const MCC_CATEGORIES: Array<[RegExp, string]> = [
  [/^(5411|5812|5813|5814)$/, "FOOD_AND_DRINK"],
  [/^(4111|4121|5541)$/, "TRANSPORTATION"],
  [/^(4814|4816|4899|4900|9311)$/, "RENT_AND_UTILITIES"],
  [/^(5310|5311|5651|5732|5944|5968|5999)$/, "GENERAL_MERCHANDISE"],
  [/^(5815|5818|7832)$/, "ENTERTAINMENT"],
  [/^(5912|8011|8021|8062)$/, "MEDICAL"],
  [/^(3\d{3}|4722|7011)$/, "TRAVEL"],
];

function categorize(mcc: string | null): { primary: string } | null {
  if (mcc === null) return null;
  const match = MCC_CATEGORIES.find(([pattern]) => pattern.test(mcc));
  return match ? { primary: match[1] } : null;
}

export function renderAccounts(view: BankView): { accounts: BankBAccountRecord[] } {
  return {
    accounts: view.accounts.map((account) => {
      const credit = account.type === "credit_card";
      // Our view is signed from the customer's side; BankB reports card debt as a positive balance.
      const sign = credit ? -1 : 1;
      return {
        id: account.id,
        name: account.name,
        type: credit ? "credit" : "depository",
        subtype: credit ? "credit card" : account.type === "savings" ? "savings" : "checking",
        mask: account.mask,
        balances: {
          current: { value: sign * account.currentBalance, currency: account.currency },
          available: { value: account.availableBalance, currency: account.currency },
          limit: account.creditLimit === null ? null : { value: account.creditLimit, currency: account.currency },
        },
      };
    }),
  };
}

export function renderTransaction(tx: BankViewTransaction, utcOffsetMinutes: number): BankBTransactionRecord {
  return {
    id: tx.id,
    accountId: tx.accountId,
    amount: { value: -tx.amount, currency: tx.currency },
    status: tx.pending ? "pending" : "posted",
    authorizedAt: formatOffsetTimestamp(tx.authorizedAt, utcOffsetMinutes),
    postedAt: tx.postedAt === null ? null : formatOffsetTimestamp(tx.postedAt, utcOffsetMinutes),
    description: tx.description,
    merchant: tx.merchantName === null ? null : { name: tx.merchantName, mcc: tx.mcc, city: tx.merchantCity },
    category: categorize(tx.mcc),
    pendingTransactionId: tx.pendingTransactionId,
  };
}

/**
 * since: the instant the client is synced to (null = never synced).
 * until: the instant the current paging session reads up to (null = start a session at the view's instant).
 */
const BankBCursorSchema = z.object({ since: z.string().nullable(), until: z.string().nullable(), offset: z.number().int().min(0) });

export interface BankBPageOptions {
  cursor?: string | null;
  count?: number;
  accountId?: string;
  corruptions?: ReadonlyMap<number, MalformedKind>;
}

type Change =
  | { kind: "added" | "modified"; tx: BankViewTransaction }
  | { kind: "removed"; removal: BankBRemovedRecord };

/**
 * A /transactions/sync page: what changed in (since, until]. A session's `until` is fixed to the view's
 * instant on its first page and carried in the cursor, so the change list stays put even if the bank
 * moves on between pages; the last page hands back a cursor whose `since` is that `until`.
 */
export function renderTransactionsPage(view: BankView, options: BankBPageOptions = {}): BankBSyncPage {
  const count = readCount(options.count, 100);
  const cursor = options.cursor ? decodeCursor("b1", options.cursor, BankBCursorSchema) : { since: null, until: null, offset: 0 };
  const since = cursor.since;
  const until = cursor.until ?? view.instant;
  const inWindow = (at: string): boolean => (since === null || at > since) && at <= until;
  const mine = (accountId: string): boolean => options.accountId === undefined || accountId === options.accountId;

  const changes: Change[] = [];
  for (const tx of view.transactions) {
    if (!mine(tx.accountId)) continue;
    if (inWindow(tx.firstSeenAt)) changes.push({ kind: "added", tx });
  }
  for (const tx of view.transactions) {
    if (!mine(tx.accountId) || since === null) continue;
    if (tx.firstSeenAt <= since && inWindow(tx.updatedAt)) changes.push({ kind: "modified", tx });
  }
  for (const removal of view.removed) {
    if (!mine(removal.accountId) || since === null) continue;
    if (removal.firstSeenAt <= since && inWindow(removal.removedAt)) {
      changes.push({ kind: "removed", removal: { transactionId: removal.id, accountId: removal.accountId } });
    }
  }

  const page: BankBSyncPage = { added: [], modified: [], removed: [], nextCursor: "", hasMore: false };
  changes.slice(cursor.offset, cursor.offset + count).forEach((change, index) => {
    if (change.kind === "removed") {
      page.removed.push(change.removal);
      return;
    }
    const record = renderTransaction(change.tx, view.utcOffsetMinutes);
    const corruption = options.corruptions?.get(index);
    page[change.kind].push(corruption ? corruptRecord(record, corruption, BANK_B_FIELD_PATHS) : record);
  });
  const nextOffset = cursor.offset + count;
  page.hasMore = nextOffset < changes.length;
  page.nextCursor = page.hasMore
    ? encodeCursor("b1", { since, until, offset: nextOffset })
    : encodeCursor("b1", { since: until, until: null, offset: 0 });
  return page;
}
