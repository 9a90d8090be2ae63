import { formatMoney } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import { isCountable, isSuppressed, type Anomaly, type AnomalyTransaction, type Suppression } from "./anomaly";
import { computeRobustScore, computeRobustStats } from "./robust-stats";
import { CATEGORY_SPIKE_MIN_MULTIPLE, CATEGORY_SPIKE_MIN_PERIODS, CATEGORY_SPIKE_MIN_SCORE } from "./thresholds";

/** start inclusive, end exclusive (the shape budgetPeriod returns). */
export interface SpikePeriod {
  start: CalendarDate;
  end: CalendarDate;
}

export interface CategorySpikeInput {
  transactions: readonly AnomalyTransaction[];
  currentPeriod: SpikePeriod;
  /** Earlier periods of the same length, e.g. previousPeriods(today, { period: "monthly" }, 6). */
  previousPeriods: readonly SpikePeriod[];
  suppressions?: readonly Suppression[];
}

function netSpend(rows: readonly AnomalyTransaction[], period: SpikePeriod): number {
  // Net of refunds, floored at zero, the same way budgets count spending.
  const net = rows.filter((t) => t.date >= period.start && t.date < period.end).reduce((sum, t) => sum - t.amount, 0);
  return Math.max(0, net);
}

/**
 * Flags a category whose net spending so far in the current period is an outlier against its
 * totals in previous periods: robust z-score at least CATEGORY_SPIKE_MIN_SCORE and at least
 * CATEGORY_SPIKE_MIN_MULTIPLE x the median period, given CATEGORY_SPIKE_MIN_PERIODS previous
 * periods. Compared per currency; transfers, excluded and uncategorized rows are not counted.
 * A partial current period is compared with whole past ones, so it errs towards not firing early.
 */
export function detectCategorySpikes(input: CategorySpikeInput): Anomaly[] {
  const kind = "category-spend-spike";
  if (input.previousPeriods.length < CATEGORY_SPIKE_MIN_PERIODS) return [];
  const groups = new Map<string, AnomalyTransaction[]>();
  for (const tx of input.transactions) {
    if (tx.categoryKey === null || !isCountable(tx)) continue;
    const key = `${tx.categoryKey}\u0000${tx.currency}`;
    const group = groups.get(key);
    if (group) group.push(tx);
    else groups.set(key, [tx]);
  }
  const anomalies: Anomaly[] = [];
  for (const rows of groups.values()) {
    const sample = rows[0];
    if (!sample || sample.categoryKey === null) continue;
    const current = netSpend(rows, input.currentPeriod);
    const totals = input.previousPeriods.map((p) => netSpend(rows, p));
    const stats = computeRobustStats(totals);
    const score = computeRobustScore(current, stats);
    // A category with a typical period of zero has no "usual" to spike from; new spending is the new-merchant detector's job.
    if (stats.median <= 0 || score < CATEGORY_SPIKE_MIN_SCORE || current < stats.median * CATEGORY_SPIKE_MIN_MULTIPLE) continue;
    if (isSuppressed({ kind, categoryKey: sample.categoryKey, currency: sample.currency, amount: current }, input.suppressions)) continue;
    anomalies.push({
      kind,
      score,
      dedupeKey: `${kind}:${sample.categoryKey}:${sample.currency}:${input.currentPeriod.start}`,
      transactionIds: [],
      merchantKey: null,
      categoryKey: sample.categoryKey,
      currency: sample.currency,
      facts: { current, typicalPeriod: stats.median, mad: stats.mad, periods: totals.length, periodStart: input.currentPeriod.start },
      message: `${sample.categoryName ?? sample.categoryKey} spending is ${formatMoney({ amount: current, currency: sample.currency })} so far, ${(current / stats.median).toFixed(1)}× your typical ${formatMoney({ amount: stats.median, currency: sample.currency })} (last ${totals.length} periods).`,
    });
  }
  return anomalies;
}
