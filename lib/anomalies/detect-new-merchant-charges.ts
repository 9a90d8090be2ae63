import { formatMoney } from "@/lib/money";
import { explain } from "@/lib/i18n/explain-message";
import { displayMerchant, isCountable, isSuppressed, merchantParam, moneyParam, medianOf, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import { NEW_MERCHANT_MIN_HISTORY, NEW_MERCHANT_MULTIPLE_OF_MEDIAN } from "./thresholds";

export interface NewMerchantInput {
  candidates: readonly AnomalyTransaction[];
  history: readonly AnomalyTransaction[];
  suppressions?: readonly Suppression[];
}

/**
 * Flags the first purchase at a merchant the user has never paid before (no earlier row with that
 * merchant key, in any currency) when it is at least NEW_MERCHANT_MULTIPLE_OF_MEDIAN x the median
 * of the user's purchases in that currency. With fewer than NEW_MERCHANT_MIN_HISTORY purchases
 * nothing is judged: on a first sync every merchant is new, and rent is not news. Refunds,
 * transfers, excluded rows, rows without a merchant, and suppressed merchant/amount bands are
 * never flagged.
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
    if (userSpend.length < NEW_MERCHANT_MIN_HISTORY) continue;
    const median = medianOf(userSpend);
    const floor = median * NEW_MERCHANT_MULTIPLE_OF_MEDIAN;
    if (amount < floor || floor <= 0) continue;
    if (isSuppressed({ kind, merchantKey: tx.merchantKey, categoryKey: tx.categoryKey, currency: tx.currency, amount }, input.suppressions)) continue;
    const shown = formatMoney({ amount, currency: tx.currency });
    const message = `First charge at ${displayMerchant(tx)}: ${shown}, ${(amount / median).toFixed(1)}× your typical purchase of ${formatMoney({ amount: median, currency: tx.currency })}.`;
    anomalies.push({
      kind,
      score: amount / median,
      dedupeKey: `${kind}:${tx.id}`,
      transactionIds: [tx.id],
      merchantKey: tx.merchantKey,
      categoryKey: tx.categoryKey,
      currency: tx.currency,
      facts: { amount, threshold: floor, userMedian: median, historyCount: userSpend.length },
      message,
      explain: explain("anomaly.newMerchantCharge", {
        merchant: merchantParam(tx), amount: moneyParam(amount, tx.currency), multiple: Number((amount / median).toFixed(1)), median: moneyParam(median, tx.currency),
      }),
    });
  }
  return anomalies;
}
