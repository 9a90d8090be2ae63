import { formatMoney } from "@/lib/money";
import { computeAmountBand, type RecurringStream } from "@/lib/recurring/detect-recurring-streams";
import { explain } from "@/lib/i18n/explain-message";
import { isSuppressed, medianOf, moneyParam, type Anomaly, type Suppression } from "./anomaly";
import { PRICE_RISE_MAX_PRIOR_SPREAD_SHARE, PRICE_RISE_MIN_AGREEING_SHARE, PRICE_RISE_MIN_PRIOR_OCCURRENCES } from "./thresholds";

export interface PriceRiseInput {
  streams: readonly RecurringStream[];
  /** Display names by merchant key; falls back to the key. */
  merchantNames?: Readonly<Record<string, string>>;
  suppressions?: readonly Suppression[];
}

/**
 * Flags a recurring outflow whose latest charge is above the usual band of the charges before it
 * (median of the latest prior ones + max(5%, 3 x MAD)), given PRICE_RISE_MIN_PRIOR_OCCURRENCES
 * earlier charges that agree on a price (at least PRICE_RISE_MIN_AGREEING_SHARE of them within
 * PRICE_RISE_MAX_PRIOR_SPREAD_SHARE of their median: a varying bill has no price to rise). Income streams, ended streams, decreases and suppressed bands are not flagged.
 * One finding per charge (dedupeKey is the charge id).
 */
export function detectPriceRises(input: PriceRiseInput): Anomaly[] {
  const kind = "subscription-price-rise";
  const anomalies: Anomaly[] = [];
  for (const stream of input.streams) {
    if (stream.direction !== "outflow" || stream.status === "ended") continue;
    const latest = stream.history[stream.history.length - 1];
    const prior = stream.history.slice(0, -1).map((h) => Math.abs(h.amount));
    if (!latest || prior.length < PRICE_RISE_MIN_PRIOR_OCCURRENCES) continue;
    const priorMedian = medianOf(prior);
    // Nearly all of them must sit at that price: two or three bills of a varying utility agree by chance.
    const agreeing = prior.filter((a) => Math.abs(a - priorMedian) <= priorMedian * PRICE_RISE_MAX_PRIOR_SPREAD_SHARE).length;
    if (agreeing < prior.length * PRICE_RISE_MIN_AGREEING_SHARE) continue;
    const { typicalAmount, amountTolerance } = computeAmountBand(prior);
    const amount = Math.abs(latest.amount);
    if (amount <= typicalAmount + amountTolerance || typicalAmount <= 0) continue;
    // The rise is news once: the charge after it, at the same new price, is not another rise.
    const previous = prior[prior.length - 1] ?? 0;
    if (amount <= previous + amountTolerance) continue;
    if (isSuppressed({ kind, merchantKey: stream.merchantKey, currency: stream.currency, amount }, input.suppressions)) continue;
    const name = input.merchantNames?.[stream.merchantKey] ?? stream.merchantKey;
    const increase = amount - typicalAmount;
    const percent = Math.round((increase * 100) / typicalAmount);
    anomalies.push({
      kind,
      score: increase / typicalAmount,
      dedupeKey: `${kind}:${latest.id}`,
      transactionIds: [latest.id],
      merchantKey: stream.merchantKey,
      categoryKey: null,
      currency: stream.currency,
      facts: { amount, usualAmount: typicalAmount, tolerance: amountTolerance, increase, percent, frequency: stream.frequency },
      explain: explain("anomaly.priceRise", {
        name, from: moneyParam(typicalAmount, stream.currency), to: moneyParam(amount, stream.currency), share: percent / 100,
      }),
      message: `${name} went up from ${formatMoney({ amount: typicalAmount, currency: stream.currency })} to ${formatMoney({ amount, currency: stream.currency })} (${percent}% more).`,
    });
  }
  return anomalies;
}
