import { formatMoney } from "@/lib/money";
import { displayMerchant, isCountable, isSuppressed, majorToMinor, medianOf, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import { NEW_MERCHANT_FALLBACK_MAJOR, NEW_MERCHANT_MIN_HISTORY, NEW_MERCHANT_MULTIPLE_OF_MEDIAN } from "./thresholds";

export interface NewMerchantInput {
  candidates: readonly AnomalyTransaction[];
  history: readonly AnomalyTransaction[];
  suppressions?: readonly Suppression[];
}

/**
 * Flags the first purchase at a merchant the user has never paid before (no earlier row with that
 * merchant key, in any currency) when it is large: at least NEW_MERCHANT_MULTIPLE_OF_MEDIAN x the
 * median of the user's purchases in that currency given NEW_MERCHANT_MIN_HISTORY of them, otherwise
 * at least NEW_MERCHANT_FALLBACK_MAJOR major units. Refunds, transfers, excluded rows, rows without
 * a merchant, and suppressed merchant/amount bands are never flagged.
 */
export function detectNewMerchantCharges(input: NewMerchantInput): Anomaly[] {
  const kind = "new-merchant-large-charge";
  const anomalies: Anomaly[] = [];
  for (const tx of input.candidates) {
    if (tx.merchantKey === null || tx.amount >= 0 || !isCountable(tx)) continue;
    const seenBefore = input.history.some(
      (h) => h.id !== tx.id && h.merchantKey === tx.merchantKey && (h.date < tx.date || (h.date === tx.date && h.id < tx.id)),
    );
    if (seenBefore) continue;
    const amount = -tx.amount;
    const userSpend = input.history
      .filter((h) => h.id !== tx.id && h.date <= tx.date && h.amount < 0 && isCountable(h) && h.currency === tx.currency)
      .map((h) => -h.amount);
    const median = userSpend.length >= NEW_MERCHANT_MIN_HISTORY ? medianOf(userSpend) : null;
    const floor = median !== null ? median * NEW_MERCHANT_MULTIPLE_OF_MEDIAN : majorToMinor(NEW_MERCHANT_FALLBACK_MAJOR, tx.currency);
    if (amount < floor || floor <= 0) continue;
    if (isSuppressed({ kind, merchantKey: tx.merchantKey, categoryKey: tx.categoryKey, currency: tx.currency, amount }, input.suppressions)) continue;
    const shown = formatMoney({ amount, currency: tx.currency });
    const message =
      median !== null
        ? `First charge at ${displayMerchant(tx)}: ${shown}, ${(amount / median).toFixed(1)}× your typical purchase of ${formatMoney({ amount: median, currency: tx.currency })}.`
        : `First charge at ${displayMerchant(tx)}: ${shown}, a large amount for a merchant you have not paid before.`;
    anomalies.push({
      kind,
      score: median !== null ? amount / median : amount / floor,
      dedupeKey: `${kind}:${tx.id}`,
      transactionIds: [tx.id],
      merchantKey: tx.merchantKey,
      categoryKey: tx.categoryKey,
      currency: tx.currency,
      facts: { amount, threshold: floor, ...(median !== null ? { userMedian: median } : {}), historyCount: userSpend.length },
      message,
    });
  }
  return anomalies;
}
