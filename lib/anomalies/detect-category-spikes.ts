import { formatMoney } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import { explain } from "@/lib/i18n/explain-message";
import { isCountable, isSuppressed, medianOf, moneyParam, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import { computeRobustScore, computeRobustStats } from "./robust-stats";
import {
  CATEGORY_SPIKE_MIN_AMOUNT_MULTIPLE,
  CATEGORY_SPIKE_MIN_COMBINED_SCORE,
  CATEGORY_SPIKE_MIN_COUNT_MULTIPLE,
  CATEGORY_SPIKE_MIN_COUNT_SPREAD_SHARE_OF_SQRT,
  CATEGORY_SPIKE_MIN_PERIODS,
  CATEGORY_SPIKE_MIN_TYPICAL_PURCHASES,
  MAD_TO_SIGMA,
} from "./thresholds";

/** start inclusive, end exclusive (the shape budgetPeriod returns). */
export interface SpikePeriod {
  start: CalendarDate;
  end: CalendarDate;
}

export interface CategorySpikeInput {
  /** Single transactions or per-period aggregate rows (with `purchases`), or a mix. */
  transactions: readonly AnomalyTransaction[];
  currentPeriod: SpikePeriod;
  /** Earlier periods of the same length, e.g. previousPeriods(today, { period: "monthly" }, 12). */
  previousPeriods: readonly SpikePeriod[];
  suppressions?: readonly Suppression[];
}

interface PeriodSummary {
  /** Net of refunds, floored at zero, the same way budgets count spending. */
  net: number;
  purchases: number;
  rows: number;
}

function summarize(rows: readonly AnomalyTransaction[], period: SpikePeriod): PeriodSummary {
  const inside = rows.filter((t) => t.date >= period.start && t.date < period.end);
  const net = inside.reduce((sum, t) => sum - t.amount, 0);
  const purchases = inside.reduce((sum, t) => sum + (t.purchases ?? (t.amount < 0 ? 1 : 0)), 0);
  return { net: Math.max(0, net), purchases, rows: inside.length };
}

/**
 * Flags a category whose spending so far in the current period is well above its typical period
 * both in how many purchases were made and in how much they came to: at least
 * CATEGORY_SPIKE_MIN_COUNT_MULTIPLE x the median purchase count, CATEGORY_SPIKE_MIN_AMOUNT_MULTIPLE x
 * the median net amount, and robust z-scores (count + amount) of at least
 * CATEGORY_SPIKE_MIN_COMBINED_SCORE. Needs CATEGORY_SPIKE_MIN_PERIODS previous periods counted from
 * the category's first period with any row (months before the user's history are not zeros), and
 * a typical period of at least CATEGORY_SPIKE_MIN_TYPICAL_PURCHASES purchases: sparse categories
 * double on one doctor's visit. Compared per currency; transfers, excluded and uncategorized rows
 * are not counted. A partial current period is compared with whole past ones, so it errs towards
 * not firing early.
 */
export function detectCategorySpikes(input: CategorySpikeInput): Anomaly[] {
  const kind = "category-spend-spike";
  const groups = new Map<string, AnomalyTransaction[]>();
  for (const tx of input.transactions) {
    if (tx.categoryKey === null || !isCountable(tx)) continue;
    const key = `${tx.categoryKey}\u0000${tx.currency}`;
    const group = groups.get(key);
    if (group) group.push(tx);
    else groups.set(key, [tx]);
  }
  // Oldest first, so leading periods before the category existed can be dropped.
  const periods = [...input.previousPeriods].sort((a, b) => (a.start < b.start ? -1 : 1));
  const anomalies: Anomaly[] = [];
  for (const rows of groups.values()) {
    const sample = rows[0];
    if (!sample || sample.categoryKey === null) continue;
    const summaries = periods.map((p) => summarize(rows, p));
    const firstActive = summaries.findIndex((s) => s.rows > 0);
    if (firstActive < 0) continue;
    const past = summaries.slice(firstActive);
    if (past.length < CATEGORY_SPIKE_MIN_PERIODS) continue;
    const current = summarize(rows, input.currentPeriod);

    const typicalPurchases = medianOf(past.map((s) => s.purchases));
    if (typicalPurchases < CATEGORY_SPIKE_MIN_TYPICAL_PURCHASES) continue;
    const counts = computeRobustStats(past.map((s) => s.purchases));
    const countSpread = Math.max(MAD_TO_SIGMA * counts.mad, CATEGORY_SPIKE_MIN_COUNT_SPREAD_SHARE_OF_SQRT * Math.sqrt(typicalPurchases), 1);
    const countScore = (current.purchases - counts.median) / countSpread;
    const amounts = computeRobustStats(past.map((s) => s.net));
    if (amounts.median <= 0) continue;
    const amountScore = computeRobustScore(current.net, amounts);
    const score = countScore + amountScore;
    if (current.purchases < typicalPurchases * CATEGORY_SPIKE_MIN_COUNT_MULTIPLE) continue;
    if (current.net < amounts.median * CATEGORY_SPIKE_MIN_AMOUNT_MULTIPLE) continue;
    if (score < CATEGORY_SPIKE_MIN_COMBINED_SCORE) continue;
    if (isSuppressed({ kind, categoryKey: sample.categoryKey, currency: sample.currency, amount: current.net }, input.suppressions)) continue;
    const money = (amount: number) => formatMoney({ amount, currency: sample.currency });
    anomalies.push({
      kind,
      score,
      dedupeKey: `${kind}:${sample.categoryKey}:${sample.currency}:${input.currentPeriod.start}`,
      transactionIds: [],
      merchantKey: null,
      categoryKey: sample.categoryKey,
      currency: sample.currency,
      facts: {
        current: current.net,
        typicalPeriod: amounts.median,
        mad: amounts.mad,
        purchases: current.purchases,
        typicalPurchases,
        periods: past.length,
        periodStart: input.currentPeriod.start,
      },
      explain: explain("anomaly.categorySpike", {
        category: sample.categoryName ?? sample.categoryKey ?? "", amount: moneyParam(current.net, sample.currency), count: current.purchases,
        typical: moneyParam(amounts.median, sample.currency), typicalCount: typicalPurchases, periods: past.length,
      }),
      message: `${sample.categoryName ?? sample.categoryKey} spending is ${money(current.net)} over ${current.purchases} purchases so far, against a typical ${money(amounts.median)} over ${typicalPurchases} (last ${past.length} periods).`,
    });
  }
  return anomalies;
}
