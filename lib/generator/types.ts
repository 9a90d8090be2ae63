import type { CurrencyCode } from "@/lib/money";

// The generator labels with the categorizer's own top-level keys, so ground truth and predictions share one list.
import type { TopLevelCategoryKey } from "@/lib/categorize/default-categories";

export { TOP_LEVEL_CATEGORY_KEYS as CATEGORY_KEYS } from "@/lib/categorize/default-categories";
export type CategoryKey = TopLevelCategoryKey;

export type PersonaKey = "us" | "uk" | "in";
export type MockBankId = "bank-a" | "bank-b" | "bank-c";
export type GeneratedAccountType = "checking" | "savings" | "credit_card";

export interface GeneratedAccount {
  id: string;
  bankId: MockBankId;
  name: string;
  type: GeneratedAccountType;
  currency: CurrencyCode;
  mask: string;
  /** Balance at `startsAt`, signed from the customer's side: negative = money owed (card debt). */
  openingBalance: number;
  creditLimit: number | null;
  /**
   * The bank's true ledger balance after each posting, so a re-delivered duplicate in the feed
   * does not distort the balance the bank reports (real banks' balances are right even when feeds are not).
   */
  balanceHistory: Array<{ at: string; current: number }>;
}

/** A value a transaction showed before a later change (tip added on posting, bank correction). */
export interface EarlierVersion {
  amount: number;
  description: string;
  /** The instant this version was replaced. */
  validUntil: string;
}

/**
 * One record as the bank reports it over time. Amount and description are the FINAL values;
 * `earlierVersions` lists what the bank showed before. A record with `removedAt` is not part of
 * the final ledger (a pending hold that vanished, or a pending row replaced by a posted row with a new id).
 */
export interface GeneratedTransaction {
  id: string;
  accountId: string;
  currency: CurrencyCode;
  /** UTC calendar date of `authorizedAt`, YYYY-MM-DD. */
  date: string;
  authorizedAt: string;
  /** When it posts; while the viewing instant is before this it is pending. Null = never posts. */
  postedAt: string | null;
  /** First instant the bank reports the record. */
  appearsAt: string;
  removedAt: string | null;
  /** Integer minor units; negative = money out of the customer's account. */
  amount: number;
  description: string;
  merchantName: string | null;
  merchantCity: string | null;
  mcc: string | null;
  /** The true category. Kept off every bank wire format. */
  category: CategoryKey;
  /** On a posted record that replaced a pending record with a different id. */
  pendingTransactionId: string | null;
  earlierVersions: EarlierVersion[];
}

export interface GeneratedDataset {
  seed: number;
  persona: PersonaKey;
  currency: CurrencyCode;
  /** Fixed offset used when a bank renders local timestamps (no DST: synthetic data, stated simply). */
  utcOffsetMinutes: number;
  startsAt: string;
  endsAt: string;
  accounts: GeneratedAccount[];
  transactions: GeneratedTransaction[];
}

export const ANOMALY_KINDS = [
  "large_for_merchant",
  "new_merchant_large",
  "duplicate_charge",
  "price_rise",
  "missed_recurring",
  "category_spike",
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

export interface AnomalyLabel {
  kind: AnomalyKind;
  accountId: string;
  /** The transactions that should be flagged; empty for missed_recurring (nothing happened). */
  transactionIds: string[];
  merchantName: string | null;
  category: CategoryKey | null;
  /** Day the anomaly is about (for missed_recurring: the expected date). */
  date: string;
  detail: string;
}

export interface DuplicateLabel {
  id: string;
  duplicateOf: string;
}

export interface CorrectionLabel {
  id: string;
  field: "amount" | "description";
  before: string | number;
  after: string | number;
  correctedAt: string;
}

export interface PendingPostedLabel {
  pendingId: string;
  postedId: string;
  pendingAmount: number;
  postedAmount: number;
}

export interface RemovalLabel {
  id: string;
  removedAt: string;
}

export interface TransferLabel {
  debitId: string;
  creditId: string;
}

/** Everything a detector or deduper should find. Never passed to banks or the categorizer. */
export interface GroundTruth {
  seed: number;
  persona: PersonaKey;
  anomalies: AnomalyLabel[];
  duplicates: DuplicateLabel[];
  corrections: CorrectionLabel[];
  pendingPosted: PendingPostedLabel[];
  removals: RemovalLabel[];
  transfers: TransferLabel[];
}

export interface InjectionOptions {
  anomalies: boolean;
  duplicates: boolean;
  corrections: boolean;
  pendingToPosted: boolean;
  removals: boolean;
}

export const ALL_INJECTIONS: InjectionOptions = {
  anomalies: true,
  duplicates: true,
  corrections: true,
  pendingToPosted: true,
  removals: true,
};

export const NO_INJECTIONS: InjectionOptions = {
  anomalies: false,
  duplicates: false,
  corrections: false,
  pendingToPosted: false,
  removals: false,
};
