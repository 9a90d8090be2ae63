import { explain, type ExplainMessage, type ExplainParam } from "@/lib/i18n/explain-message";
import { minorUnits, type CurrencyCode } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";

export type AnomalyKind =
  | "large-merchant-spend"
  | "large-category-spend"
  | "new-merchant-large-charge"
  | "duplicate-charge"
  | "subscription-price-rise"
  | "missed-recurring"
  | "category-spend-spike";

/**
 * A transaction as the detectors see it. Sign convention: negative `amount` is money out
 * (a purchase), positive is money in (a refund or income). Detectors about spending look only at
 * negative amounts, so a refund is never "large spend".
 */
export interface AnomalyTransaction {
  id: string;
  date: CalendarDate;
  /**
   * UTC ISO instant the charge was authorized, when the source gives a time of day (card feeds do;
   * most current-account feeds, statements and manual entries give only a date).
   */
  authorizedAt?: string;
  amount: number;
  currency: CurrencyCode;
  merchantKey: string | null;
  /** Shown in sentences; falls back to merchantKey. */
  merchantName?: string;
  categoryKey: string | null;
  /** Shown in sentences; falls back to categoryKey. */
  categoryName?: string;
  pending?: boolean;
  isTransfer?: boolean;
  excluded?: boolean;
  /**
   * For an aggregate row (one category's period total): how many purchases it sums. A plain
   * transaction leaves it unset and counts as one purchase when it is money out.
   */
  purchases?: number;
}

/**
 * "This is normal" feedback. Every field given must match; amounts are magnitudes in minor units
 * (inclusive band) of `currency`. With no `kind` it silences every kind for that merchant/band.
 */
export interface Suppression {
  kind?: AnomalyKind;
  merchantKey?: string;
  categoryKey?: string;
  currency?: CurrencyCode;
  minAmount?: number;
  maxAmount?: number;
}

export interface Anomaly {
  kind: AnomalyKind;
  /** How far past the threshold, in the detector's own unit (robust z, multiple, days late/interval). */
  score: number;
  /** Stable identity so storing the same finding twice is a no-op. */
  dedupeKey: string;
  transactionIds: string[];
  merchantKey: string | null;
  categoryKey: string | null;
  currency: CurrencyCode;
  /** The numbers behind the finding; money in minor units of `currency`. */
  facts: Record<string, number | string>;
  /** English, stored as Anomaly.explanation and sent in alerts and the API. */
  message: string;
  /** The same sentence as a catalog message (`explain.anomaly.*`), for pages in the reader's language. */
  explain: ExplainMessage;
}

export interface SuppressionSubject {
  kind: AnomalyKind;
  merchantKey?: string | null;
  categoryKey?: string | null;
  currency: CurrencyCode;
  /** Magnitude in minor units, when the finding is about an amount. */
  amount?: number;
}

export function isSuppressed(subject: SuppressionSubject, suppressions: readonly Suppression[] = []): boolean {
  return suppressions.some((s) => {
    if (s.kind !== undefined && s.kind !== subject.kind) return false;
    if (s.merchantKey !== undefined && s.merchantKey !== subject.merchantKey) return false;
    if (s.categoryKey !== undefined && s.categoryKey !== subject.categoryKey) return false;
    if (s.currency !== undefined && s.currency !== subject.currency) return false;
    if (s.minAmount !== undefined || s.maxAmount !== undefined) {
      if (subject.amount === undefined) return false;
      if (s.minAmount !== undefined && subject.amount < s.minAmount) return false;
      if (s.maxAmount !== undefined && subject.amount > s.maxAmount) return false;
    }
    // A suppression with no criteria at all would silence everything: treat it as matching nothing.
    return s.merchantKey !== undefined || s.categoryKey !== undefined;
  });
}

/** True for rows that represent real spending or income the user made (not moves between accounts). */
export function isCountable(tx: AnomalyTransaction): boolean {
  return !tx.isTransfer && !tx.excluded;
}

export function displayMerchant(tx: Pick<AnomalyTransaction, "merchantName" | "merchantKey">): string {
  return tx.merchantName ?? tx.merchantKey ?? "an unknown merchant";
}

/** The merchant as a sentence argument: its name, or "an unknown merchant" in the reader's language. */
export function merchantParam(tx: Pick<AnomalyTransaction, "merchantName" | "merchantKey">): ExplainParam {
  return tx.merchantName ?? tx.merchantKey ?? explain("anomaly.unknownMerchant");
}

/** Money as a sentence argument, formatted per locale at display. */
export function moneyParam(amount: number, currency: CurrencyCode): ExplainParam {
  return { money: amount, currency };
}

export function majorToMinor(major: number, currency: CurrencyCode): number {
  return major * 10 ** minorUnits(currency);
}

/** Median of integers, rounded to an integer so it can be shown as money. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return Math.round(((sorted[mid - 1] ?? upper) + upper) / 2);
}

/** One decimal place for display of a score ("4.1×"). */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}
