import type { CurrencyCode } from "@/lib/money";
import type { GeneratedAccountType, GeneratedDataset, GeneratedTransaction, MockBankId } from "./types";

export interface BankViewAccount {
  id: string;
  bankId: MockBankId;
  name: string;
  type: GeneratedAccountType;
  currency: CurrencyCode;
  mask: string;
  /** Signed from the customer's side: negative = owed. */
  currentBalance: number;
  /** Current plus pending amounts (plus the credit limit for cards). */
  availableBalance: number;
  creditLimit: number | null;
}

/** A transaction exactly as the bank would report it at the viewing instant; no ground truth fields. */
export interface BankViewTransaction {
  id: string;
  accountId: string;
  currency: CurrencyCode;
  date: string;
  authorizedAt: string;
  /** Null while pending. */
  postedAt: string | null;
  pending: boolean;
  amount: number;
  description: string;
  merchantName: string | null;
  merchantCity: string | null;
  mcc: string | null;
  pendingTransactionId: string | null;
  firstSeenAt: string;
  /** Last instant the bank changed this record (appeared, posted, or was corrected). */
  updatedAt: string;
}

export interface BankViewRemoval {
  id: string;
  accountId: string;
  firstSeenAt: string;
  removedAt: string;
}

export interface BankView {
  instant: string;
  utcOffsetMinutes: number;
  accounts: BankViewAccount[];
  /** Sorted by authorizedAt then id. */
  transactions: BankViewTransaction[];
  /** Records the bank showed earlier and no longer does. */
  removed: BankViewRemoval[];
}

function versionAt(tx: GeneratedTransaction, instant: string): { amount: number; description: string } {
  for (const version of tx.earlierVersions) if (instant < version.validUntil) return version;
  return { amount: tx.amount, description: tx.description };
}

function lastChangeAt(tx: GeneratedTransaction, instant: string): string {
  let latest = tx.appearsAt;
  const changes = [...tx.earlierVersions.map((v) => v.validUntil), ...(tx.postedAt && tx.postedAt > tx.appearsAt ? [tx.postedAt] : [])];
  for (const at of changes) if (at <= instant && at > latest) latest = at;
  return latest;
}

/**
 * What the bank shows at `instant`: which records exist, which are still pending, the values they
 * carry then, when each last changed, and which have been removed. Instants are ISO strings in UTC,
 * so string comparison is chronological.
 */
export function bankViewAt(dataset: GeneratedDataset, instant: string, options: { bankId?: MockBankId } = {}): BankView {
  const accounts = dataset.accounts.filter((account) => options.bankId === undefined || account.bankId === options.bankId);
  const accountIds = new Set(accounts.map((account) => account.id));
  const transactions: BankViewTransaction[] = [];
  const removed: BankViewRemoval[] = [];

  for (const tx of dataset.transactions) {
    if (!accountIds.has(tx.accountId) || tx.appearsAt > instant) continue;
    if (tx.removedAt !== null && tx.removedAt <= instant) {
      removed.push({ id: tx.id, accountId: tx.accountId, firstSeenAt: tx.appearsAt, removedAt: tx.removedAt });
      continue;
    }
    const pending = tx.postedAt === null || tx.postedAt > instant;
    const { amount, description } = versionAt(tx, instant);
    transactions.push({
      id: tx.id,
      accountId: tx.accountId,
      currency: tx.currency,
      date: tx.date,
      authorizedAt: tx.authorizedAt,
      postedAt: pending ? null : tx.postedAt,
      pending,
      amount,
      description,
      merchantName: tx.merchantName,
      merchantCity: tx.merchantCity,
      mcc: tx.mcc,
      pendingTransactionId: tx.pendingTransactionId,
      firstSeenAt: tx.appearsAt,
      updatedAt: lastChangeAt(tx, instant),
    });
  }

  const viewAccounts: BankViewAccount[] = accounts.map((account) => {
    let currentBalance = account.openingBalance;
    for (const point of account.balanceHistory) {
      if (point.at > instant) break;
      currentBalance = point.current;
    }
    const pendingTotal = transactions.filter((tx) => tx.accountId === account.id && tx.pending).reduce((sum, tx) => sum + tx.amount, 0);
    return {
      id: account.id,
      bankId: account.bankId,
      name: account.name,
      type: account.type,
      currency: account.currency,
      mask: account.mask,
      currentBalance,
      availableBalance: currentBalance + pendingTotal + (account.creditLimit ?? 0),
      creditLimit: account.creditLimit,
    };
  });

  return { instant, utcOffsetMinutes: dataset.utcOffsetMinutes, accounts: viewAccounts, transactions, removed };
}
