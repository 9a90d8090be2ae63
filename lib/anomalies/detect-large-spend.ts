import { formatMoney } from "@/lib/money";
import { explain } from "@/lib/i18n/explain-message";
import { displayMerchant, formatScore, merchantParam, moneyParam, isCountable, isSuppressed, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import { computeRobustScore, computeRobustStats } from "./robust-stats";
import {
  LARGE_SPEND_CATEGORY_MIN_HISTORY, LARGE_SPEND_MERCHANT_MIN_HISTORY, LARGE_SPEND_MIN_MULTIPLE_OF_MEDIAN,
  LARGE_SPEND_MIN_SCORE, LARGE_SPEND_SEEN_BEFORE_MIN,
} from "./thresholds";

export interface LargeSpendInput {
  /** Transactions to judge (usually the ones just synced). */
  candidates: readonly AnomalyTransaction[];
  /** The user's past transactions; may include the candidates, which are never compared with themselves. */
  history: readonly AnomalyTransaction[];
  suppressions?: readonly Suppression[];
}

type Scope = "merchant" | "category";

function scopeKey(tx: AnomalyTransaction, scope: Scope): string | null {
  return scope === "merchant" ? tx.merchantKey : tx.categoryKey;
}

function detectLargeSpend(input: LargeSpendInput, scope: Scope): Anomaly[] {
  const kind = scope === "merchant" ? "large-merchant-spend" : "large-category-spend";
  const minHistory = scope === "merchant" ? LARGE_SPEND_MERCHANT_MIN_HISTORY : LARGE_SPEND_CATEGORY_MIN_HISTORY;
  const anomalies: Anomaly[] = [];
  for (const tx of input.candidates) {
    const key = scopeKey(tx, scope);
    // Refunds and income are credits: never "large spend".
    if (key === null || tx.amount >= 0 || !isCountable(tx)) continue;
    const amount = -tx.amount;
    const past = input.history.filter(
      (h) =>
        h.id !== tx.id &&
        h.date <= tx.date &&
        h.amount < 0 &&
        isCountable(h) &&
        scopeKey(h, scope) === key &&
        // Foreign-currency spending is only compared with spending in that same currency.
        h.currency === tx.currency,
    );
    if (past.length < minHistory) continue;
    const stats = computeRobustStats(past.map((h) => -h.amount));
    const score = computeRobustScore(amount, stats);
    if (score < LARGE_SPEND_MIN_SCORE || amount < stats.median * LARGE_SPEND_MIN_MULTIPLE_OF_MEDIAN) continue;
    // "You have paid this much there before": a merchant whose charges range widely (a pharmacy, a
    // marketplace) reaches the top of its range now and then. One earlier charge that large may
    // itself have been the anomaly, so it takes LARGE_SPEND_SEEN_BEFORE_MIN of them.
    if (scope === "merchant" && past.filter((h) => -h.amount >= amount).length >= LARGE_SPEND_SEEN_BEFORE_MIN) continue;
    if (isSuppressed({ kind, merchantKey: tx.merchantKey, categoryKey: tx.categoryKey, currency: tx.currency, amount }, input.suppressions)) {
      continue;
    }
    const shown = formatMoney({ amount, currency: tx.currency });
    const median = formatMoney({ amount: stats.median, currency: tx.currency });
    const message =
      scope === "merchant"
        ? `${shown} at ${displayMerchant(tx)} is ${formatScore(score)}× your usual spread above your median of ${median} there (last ${past.length} visits).`
        : `${shown} at ${displayMerchant(tx)} is ${formatScore(score)}× your usual spread above your median of ${median} for ${tx.categoryName ?? key} (last ${past.length} purchases).`;
    anomalies.push({
      kind,
      score,
      dedupeKey: `${kind}:${tx.id}`,
      transactionIds: [tx.id],
      merchantKey: tx.merchantKey,
      categoryKey: tx.categoryKey,
      currency: tx.currency,
      facts: { amount, median: stats.median, mad: stats.mad, spread: Math.round(stats.spread), historyCount: past.length },
      message,
      explain: explain(scope === "merchant" ? "anomaly.largeMerchantSpend" : "anomaly.largeCategorySpend", {
        amount: moneyParam(amount, tx.currency), merchant: merchantParam(tx), score: Number(formatScore(score)), median: moneyParam(stats.median, tx.currency),
        count: past.length, ...(scope === "category" ? { category: tx.categoryName ?? key } : {}),
      }),
    });
  }
  return anomalies;
}

/**
 * Flags a purchase (negative amount) whose size is an outlier for that merchant: robust z-score
 * (amount - median) / max(1.4826 x MAD, 10% of median) of at least LARGE_SPEND_MIN_SCORE, and at
 * least LARGE_SPEND_MIN_MULTIPLE_OF_MEDIAN x the median, against at least
 * LARGE_SPEND_MERCHANT_MIN_HISTORY earlier purchases at that merchant in the same currency, fewer
 * than LARGE_SPEND_SEEN_BEFORE_MIN of which were at least as large (the top of a wide range is not news).
 * Never flags refunds, transfers, excluded rows, or suppressed merchant/amount bands.
 */
export function detectLargeMerchantSpend(input: LargeSpendInput): Anomaly[] {
  return detectLargeSpend(input, "merchant");
}

/**
 * Same test as detectLargeMerchantSpend, but against the user's purchases in the transaction's
 * category (same currency), needing LARGE_SPEND_CATEGORY_MIN_HISTORY of them.
 */
export function detectLargeCategorySpend(input: LargeSpendInput): Anomaly[] {
  return detectLargeSpend(input, "category");
}
