import { budgetPeriod, previousPeriods } from "@/lib/budgets/budget-period";
import { detectRecurringStreams } from "@/lib/recurring/detect-recurring-streams";
import { RECURRING_LOOKBACK_DAYS, RECURRING_ROWS_PER_GROUP } from "@/lib/recurring/load-recurring-history";
import { addDays, type CalendarDate } from "@/lib/schedules/calendar-date";
import type { Anomaly, AnomalyTransaction, Suppression } from "./anomaly";
import { CATEGORY_SPIKE_LOOKBACK_PERIODS, DUPLICATE_HABIT_LOOKBACK_DAYS, DUPLICATE_WINDOW_DAYS } from "./thresholds";
import { detectNewAnomalies } from "./detect-new-anomalies";
import { CATEGORY_WINDOW_ROWS, MERCHANT_WINDOW_ROWS, USER_SPEND_WINDOW_ROWS } from "./load-anomaly-history";

/** Newest first by date then id, as the SQL windows order rows. */
const newestFirst = (a: AnomalyTransaction, b: AnomalyTransaction) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1);

/** The first `limit` rows per key; `rows` must already be newest first. */
function newest<T extends AnomalyTransaction>(rows: readonly T[], keyOf: (row: T) => string, limit: number): T[] {
  const counts = new Map<string, number>();
  const picked: T[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const count = counts.get(key) ?? 0;
    if (count >= limit) continue;
    counts.set(key, count + 1);
    picked.push(row);
  }
  return picked;
}

/**
 * The in-memory twin of detectAnomaliesForUser's loaders, for evaluation without a database:
 * the same history windows (merchant, category, user spend, recurring groups, monthly category
 * totals) selected from a ledger held in memory, then the same detectNewAnomalies.
 */
export function detectForSync(ledger: readonly AnomalyTransaction[], candidateIds: ReadonlySet<string>, today: CalendarDate, suppressions: readonly Suppression[] = []): Anomaly[] {
  // Newest first once, so every window below keeps that order without sorting again.
  const visible = ledger.filter((t) => t.date <= today).sort(newestFirst);
  const candidates = visible.filter((t) => candidateIds.has(t.id));

  const merchants = new Set(candidates.map((c) => c.merchantKey).filter((k) => k !== null));
  const categories = new Set(candidates.map((c) => c.categoryKey).filter((k) => k !== null));
  const currencies = new Set(candidates.map((c) => c.currency));
  const earliest = candidates.reduce((min, c) => (c.date < min ? c.date : min), today);
  const base = visible.filter((t) => t.date <= addDays(today, DUPLICATE_WINDOW_DAYS) && currencies.has(t.currency));
  const merchantRows = base.filter((t) => t.merchantKey !== null && merchants.has(t.merchantKey));
  const habitFrom = addDays(earliest, -(DUPLICATE_HABIT_LOOKBACK_DAYS + DUPLICATE_WINDOW_DAYS));
  const picked = new Map<string, AnomalyTransaction>();
  for (const t of newest(merchantRows, (t) => `${t.merchantKey}|${t.currency}`, MERCHANT_WINDOW_ROWS)) picked.set(t.id, t);
  for (const t of merchantRows) if (t.date >= habitFrom) picked.set(t.id, t);
  const categoryRows = base.filter((t) => t.categoryKey !== null && categories.has(t.categoryKey) && t.amount < 0);
  for (const t of newest(categoryRows, (t) => `${t.categoryKey}|${t.currency}`, CATEGORY_WINDOW_ROWS)) picked.set(t.id, t);
  for (const t of newest(base.filter((t) => t.amount < 0), (t) => t.currency, USER_SPEND_WINDOW_ROWS)) picked.set(t.id, t);
  const history = [...picked.values()];

  const from = addDays(today, -RECURRING_LOOKBACK_DAYS);
  const recurringRows = visible.filter(
    (t) => !t.pending && !t.isTransfer && !t.excluded && t.amount !== 0 && t.date > from && t.merchantKey !== null,
  );
  const groupKey = (t: AnomalyTransaction) => `${t.merchantKey}|${t.currency}|${t.amount < 0}`;
  const groupSizes = new Map<string, number>();
  for (const t of recurringRows) groupSizes.set(groupKey(t), (groupSizes.get(groupKey(t)) ?? 0) + 1);
  const streamRows = newest(recurringRows.filter((t) => (groupSizes.get(groupKey(t)) ?? 0) >= 3), groupKey, RECURRING_ROWS_PER_GROUP);
  const merchantNames: Record<string, string> = {};
  for (const t of [...streamRows].reverse()) if (t.merchantKey && t.merchantName) merchantNames[t.merchantKey] = t.merchantName;
  const streams = detectRecurringStreams(
    streamRows.map((t) => ({ id: t.id, date: t.date, amount: t.amount, currency: t.currency, merchantKey: t.merchantKey ?? "" })),
    today,
  );

  const currentPeriod = budgetPeriod(today, { period: "monthly" });
  const previous = previousPeriods(today, { period: "monthly" }, CATEGORY_SPIKE_LOOKBACK_PERIODS);
  const categoryTotals: AnomalyTransaction[] = [];
  for (const period of [currentPeriod, ...previous]) {
    const sums = new Map<string, AnomalyTransaction>();
    for (const t of visible) {
      if (t.categoryKey === null || !categories.has(t.categoryKey) || t.isTransfer || t.excluded || t.date < period.start || t.date >= period.end) continue;
      const key = `${t.categoryKey}|${t.currency}`;
      const sum = sums.get(key);
      const purchase = t.amount < 0 ? 1 : 0;
      if (sum) {
        sum.amount += t.amount;
        sum.purchases = (sum.purchases ?? 0) + purchase;
      } else sums.set(key, { id: `period:${key}:${period.start}`, date: period.start, amount: t.amount, purchases: purchase, currency: t.currency, merchantKey: null, categoryKey: t.categoryKey, ...(t.categoryName ? { categoryName: t.categoryName } : {}) });
    }
    categoryTotals.push(...sums.values());
  }

  return detectNewAnomalies({ candidates, history, streams, merchantNames, categoryTotals, currentPeriod, previousPeriods: previous, today, suppressions });
}
