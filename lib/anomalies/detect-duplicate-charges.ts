import { formatMoney } from "@/lib/money";
import { daysBetween } from "@/lib/schedules/calendar-date";
import { explain } from "@/lib/i18n/explain-message";
import { displayMerchant, isCountable, isSuppressed, merchantParam, moneyParam, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import { computeRobustStats } from "./robust-stats";
import {
  DUPLICATE_HABIT_LOOKBACK_DAYS,
  DUPLICATE_HABIT_MIN_REPEATS,
  DUPLICATE_MAX_MINUTES_APART,
  DUPLICATE_RECENT_HABIT_DAYS,
  DUPLICATE_RECENT_HABIT_MIN_DAYS,
  DUPLICATE_SPLIT_MIN_HISTORY,
  DUPLICATE_SPLIT_TOLERANCE_SHARE,
  DUPLICATE_WINDOW_DAYS,
} from "./thresholds";

export interface DuplicateChargeInput {
  candidates: readonly AnomalyTransaction[];
  history: readonly AnomalyTransaction[];
  suppressions?: readonly Suppression[];
}

const MS_PER_MINUTE = 60_000;

/** Minutes between two authorizations, or null when either row has only a date. */
function minutesApart(a: AnomalyTransaction, b: AnomalyTransaction): number | null {
  if (a.authorizedAt === undefined || b.authorizedAt === undefined) return null;
  const ms = Math.abs(Date.parse(a.authorizedAt) - Date.parse(b.authorizedAt));
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_MINUTE) : null;
}

/**
 * True when a person would recognise the pair as a legitimate repeat (see detectDuplicateCharges).
 * `atMerchant` is every eligible row at the merchant in the pair's currency.
 */
function isLegitimateRepeat(first: AnomalyTransaction, atMerchant: readonly AnomalyTransaction[]): boolean {
  const before = atMerchant.filter((h) => h.date < first.date);
  const sameAmount = (days: number) => before.filter((h) => h.amount === first.amount && daysBetween(h.date, first.date) <= days);
  const habit = sameAmount(DUPLICATE_HABIT_LOOKBACK_DAYS);
  if (habit.length >= DUPLICATE_HABIT_MIN_REPEATS) return true;
  if (new Set(sameAmount(DUPLICATE_RECENT_HABIT_DAYS).map((h) => h.date)).size >= DUPLICATE_RECENT_HABIT_MIN_DAYS) return true;
  if (before.length < DUPLICATE_SPLIT_MIN_HISTORY) return false;
  // Only a bill-like merchant has a usual single charge to split; where amounts range widely
  // (a cash machine, a bar) two equal charges adding up to the median is a coincidence.
  const { median: usual, mad } = computeRobustStats(before.map((h) => -h.amount));
  if (mad > DUPLICATE_SPLIT_TOLERANCE_SHARE * usual) return false;
  return Math.abs(-2 * first.amount - usual) <= DUPLICATE_SPLIT_TOLERANCE_SHARE * usual;
}

/**
 * Flags two posted purchases at the same merchant for the same amount and currency, different
 * transactions with at least one a candidate, that look like one purchase taken twice:
 * - when both rows carry an authorization time (card feeds): at most DUPLICATE_MAX_MINUTES_APART
 *   minutes apart, so two coffees at 9:00 and 15:00 are two visits;
 * - when either has only a date (current-account feeds, statements, manual entries): the same date.
 * Not flagged, because a person would recognise them as legitimate repeats:
 * - a habit: DUPLICATE_HABIT_MIN_REPEATS or more same-amount charges there in the
 *   DUPLICATE_HABIT_LOOKBACK_DAYS before the pair, or that amount on DUPLICATE_RECENT_HABIT_MIN_DAYS
 *   distinct days in the DUPLICATE_RECENT_HABIT_DAYS before (a fixed fare, a daily coffee);
 * - a split payment: the two add up to the merchant's usual single charge, at a merchant whose
 *   charges agree (MAD within DUPLICATE_SPLIT_TOLERANCE_SHARE of the median): rent paid in halves;
 * - pending rows (a pending/posted pair is one charge, which sync dedup owns), refunds, transfers,
 *   excluded rows and suppressed merchant/amount bands.
 * Each pair is reported once.
 */
export function detectDuplicateCharges(input: DuplicateChargeInput): Anomaly[] {
  const kind = "duplicate-charge";
  const eligible = (tx: AnomalyTransaction) => tx.merchantKey !== null && tx.amount < 0 && !tx.pending && isCountable(tx);
  const pool = new Map<string, AnomalyTransaction>();
  for (const tx of [...input.history, ...input.candidates]) if (eligible(tx)) pool.set(tx.id, tx);
  const all = [...pool.values()];
  const seenPairs = new Set<string>();
  const anomalies: Anomaly[] = [];

  for (const tx of input.candidates) {
    if (!eligible(tx)) continue;
    const atMerchant = all.filter((h) => h.merchantKey === tx.merchantKey && h.currency === tx.currency);
    for (const other of atMerchant) {
      if (other.id === tx.id || other.amount !== tx.amount) continue;
      const days = Math.abs(daysBetween(other.date, tx.date));
      if (days > DUPLICATE_WINDOW_DAYS) continue;
      const minutes = minutesApart(tx, other);
      if (minutes === null ? days !== 0 : minutes > DUPLICATE_MAX_MINUTES_APART) continue;
      const [first, second] = other.date < tx.date || (other.date === tx.date && other.id < tx.id) ? [other, tx] : [tx, other];
      const pairKey = `${first.id}|${second.id}`;
      if (seenPairs.has(pairKey)) continue;
      seenPairs.add(pairKey);

      if (isLegitimateRepeat(first, atMerchant)) continue;
      const amount = -tx.amount;
      if (isSuppressed({ kind, merchantKey: tx.merchantKey, categoryKey: tx.categoryKey, currency: tx.currency, amount }, input.suppressions)) continue;
      const when = minutes === null ? "on the same day" : minutes === 0 ? "within a minute" : `${minutes} minute${minutes === 1 ? "" : "s"} apart`;
      anomalies.push({
        kind,
        // Timed pairs: 1 within a minute, falling towards 0 at the limit. A shared date alone is weaker evidence: 0.5.
        score: minutes === null ? 0.5 : 1 - minutes / (DUPLICATE_MAX_MINUTES_APART + 1),
        dedupeKey: `${kind}:${pairKey}`,
        transactionIds: [first.id, second.id],
        merchantKey: tx.merchantKey,
        categoryKey: tx.categoryKey,
        currency: tx.currency,
        facts: { amount, daysApart: days, ...(minutes === null ? {} : { minutesApart: minutes }), firstDate: first.date, secondDate: second.date },
        message: `Possible duplicate: two charges of ${formatMoney({ amount, currency: tx.currency })} at ${displayMerchant(tx)} ${when}.`,
        explain: explain(minutes === null ? "anomaly.duplicateSameDay" : minutes === 0 ? "anomaly.duplicateWithinMinute" : "anomaly.duplicateMinutesApart", {
          amount: moneyParam(amount, tx.currency), merchant: merchantParam(tx), ...(minutes ? { minutes } : {}),
        }),
      });
    }
  }
  return anomalies;
}
