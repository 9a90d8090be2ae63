import { formatMoney } from "@/lib/money";
import { daysBetween } from "@/lib/schedules/calendar-date";
import { displayMerchant, isCountable, isSuppressed, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import {
  DUPLICATE_HABIT_LOOKBACK_DAYS,
  DUPLICATE_HABIT_MIN_REPEATS,
  DUPLICATE_RECENT_HABIT_DAYS,
  DUPLICATE_RECENT_HABIT_MIN_DAYS,
  DUPLICATE_WINDOW_DAYS,
} from "./thresholds";

export interface DuplicateChargeInput {
  candidates: readonly AnomalyTransaction[];
  history: readonly AnomalyTransaction[];
  suppressions?: readonly Suppression[];
}

/**
 * Flags pairs of posted purchases with the same merchant, currency and exact amount, DUPLICATE_WINDOW_DAYS
 * or fewer days apart, that are different transactions (different ids) and where at least one is a
 * candidate. Not flagged: pending rows (a pending/posted pair is the same charge, which sync dedup
 * owns), refunds, transfers, excluded rows, routine repeats (DUPLICATE_HABIT_MIN_REPEATS or more
 * same-amount charges there in the DUPLICATE_HABIT_LOOKBACK_DAYS before the pair, or that amount on
 * DUPLICATE_RECENT_HABIT_MIN_DAYS distinct days in the DUPLICATE_RECENT_HABIT_DAYS before), and suppressed
 * merchant/amount bands. Each pair is reported once.
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
    for (const other of all) {
      if (other.id === tx.id || other.merchantKey !== tx.merchantKey || other.amount !== tx.amount || other.currency !== tx.currency) continue;
      const apart = Math.abs(daysBetween(other.date, tx.date));
      if (apart > DUPLICATE_WINDOW_DAYS) continue;
      const [first, second] = other.date < tx.date || (other.date === tx.date && other.id < tx.id) ? [other, tx] : [tx, other];
      const pairKey = `${first.id}|${second.id}`;
      if (seenPairs.has(pairKey)) continue;
      seenPairs.add(pairKey);

      const earlier = all.filter((h) => h.merchantKey === tx.merchantKey && h.amount === tx.amount && h.currency === tx.currency && h.date < first.date);
      const habitRepeats = earlier.filter((h) => daysBetween(h.date, first.date) <= DUPLICATE_HABIT_LOOKBACK_DAYS).length;
      const recentDays = new Set(earlier.filter((h) => daysBetween(h.date, first.date) <= DUPLICATE_RECENT_HABIT_DAYS).map((h) => h.date)).size;
      if (habitRepeats >= DUPLICATE_HABIT_MIN_REPEATS || recentDays >= DUPLICATE_RECENT_HABIT_MIN_DAYS) continue;

      const amount = -tx.amount;
      if (isSuppressed({ kind, merchantKey: tx.merchantKey, categoryKey: tx.categoryKey, currency: tx.currency, amount }, input.suppressions)) continue;
      const when = apart === 0 ? "on the same day" : `${apart} day${apart === 1 ? "" : "s"} apart`;
      anomalies.push({
        kind,
        // 1 for same-day pairs, falling as the charges are further apart.
        score: 1 - apart / (DUPLICATE_WINDOW_DAYS + 1),
        dedupeKey: `${kind}:${pairKey}`,
        transactionIds: [first.id, second.id],
        merchantKey: tx.merchantKey,
        categoryKey: tx.categoryKey,
        currency: tx.currency,
        facts: { amount, daysApart: apart, firstDate: first.date, secondDate: second.date },
        message: `Possible duplicate: two charges of ${formatMoney({ amount, currency: tx.currency })} at ${displayMerchant(tx)} ${when}.`,
      });
    }
  }
  return anomalies;
}
