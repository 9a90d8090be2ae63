/**
 * Pure insight builders: aggregates in, sentences with their numbers out. Each one documents what
 * it says and when it stays silent; thresholds live in insight-thresholds.ts.
 */
import type { CategoryMonthAmount } from "@/lib/analytics/compare-periods";
import { shiftMonth } from "@/lib/analytics/compare-periods";
import { explain } from "@/lib/i18n/explain-message";
import { countWord, wholePercent, type FormatAmount, type Insight } from "./insight";
import {
  CASH_FLOW_LOOKBACK_MONTHS,
  CATEGORY_BASELINE_MONTHS,
  CATEGORY_CHANGE_MAX_FINDINGS,
  CATEGORY_CHANGE_MIN_AMOUNT,
  CATEGORY_CHANGE_MIN_PERCENT,
  PACE_MIN_DAYS,
  PACE_MIN_PERCENT,
} from "./insight-thresholds";

/**
 * Categories whose spending in `month` moved at least CATEGORY_CHANGE_MIN_PERCENT and
 * CATEGORY_CHANGE_MIN_AMOUNT from their average over the three months before. Only categories with
 * spending in each of those months: a gap may be missing history rather than a month without spending.
 */
export function findCategoryChanges(rows: readonly CategoryMonthAmount[], month: string, format: FormatAmount): Insight[] {
  const baselineMonths = Array.from({ length: CATEGORY_BASELINE_MONTHS }, (_, i) => shiftMonth(month, -(i + 1)));
  const byCategory = new Map<string, { name: string; current: number; baseline: number; monthsSeen: number }>();
  for (const row of rows) {
    const key = row.categoryId ?? "uncategorized";
    const entry = byCategory.get(key) ?? { name: row.name, current: 0, baseline: 0, monthsSeen: 0 };
    if (row.month === month) entry.current += row.amount;
    if (baselineMonths.includes(row.month)) {
      entry.baseline += row.amount;
      entry.monthsSeen += 1;
    }
    byCategory.set(key, entry);
  }
  const findings: { diff: number; insight: Insight }[] = [];
  for (const [key, entry] of byCategory) {
    if (entry.monthsSeen < CATEGORY_BASELINE_MONTHS || entry.baseline <= 0) continue;
    const average = Math.round(entry.baseline / CATEGORY_BASELINE_MONTHS);
    const diff = entry.current - average;
    if (average <= 0 || Math.abs(diff) < CATEGORY_CHANGE_MIN_AMOUNT) continue;
    const percent = wholePercent(Math.abs(diff), average);
    if (percent < CATEGORY_CHANGE_MIN_PERCENT) continue;
    const direction = diff > 0 ? "up" : "down";
    findings.push({
      diff: Math.abs(diff),
      insight: {
        id: `category_change:${key}:${month}`,
        kind: "category_change",
        tone: diff > 0 ? "warning" : "positive",
        title: `${entry.name} is ${direction} ${percent}% on your three-month average: ${format(entry.current)} against ${format(average)}`,
        details: [`${month}: ${format(entry.current)}; average of ${baselineMonths[2]} to ${baselineMonths[0]}: ${format(average)}`],
        message: explain(diff > 0 ? "insight.categoryUp" : "insight.categoryDown", { name: entry.name, share: percent / 100, current: format(entry.current), average: format(average) }),
        detailMessages: [explain("insight.categoryDetail", {
          month: { month }, current: format(entry.current), from: { month: baselineMonths[2] ?? month }, to: { month: baselineMonths[0] ?? month }, average: format(average),
        })],
      },
    });
  }
  return findings.sort((a, b) => b.diff - a.diff).slice(0, CATEGORY_CHANGE_MAX_FINDINGS).map((f) => f.insight);
}

export interface PriceRise {
  name: string;
  /** What it used to cost and what it costs now, minor units (positive). */
  before: number;
  after: number;
  date: string;
}

/** "Three subscriptions rose in price this year", listing each; silent when none did. */
export function findSubscriptionPriceRises(rises: readonly PriceRise[], year: string, format: FormatAmount): Insight[] {
  const real = rises.filter((r) => r.after > r.before);
  if (real.length === 0) return [];
  const extra = real.reduce((sum, r) => sum + (r.after - r.before), 0);
  const noun = real.length === 1 ? "subscription" : "subscriptions";
  return [
    {
      id: `subscription_price_rise:${year}`,
      kind: "subscription_price_rise",
      tone: "warning",
      title: `${countWord(real.length)} ${noun} rose in price this year, adding ${format(extra)} to each billing cycle`,
      details: [...real].sort((a, b) => a.name.localeCompare(b.name)).map((r) => `${r.name}: ${format(r.before)} → ${format(r.after)} (+${wholePercent(r.after - r.before, r.before)}%, ${r.date})`),
      message: explain("insight.priceRises", { count: real.length, extra: format(extra) }),
      detailMessages: [...real].sort((a, b) => a.name.localeCompare(b.name)).map((r) =>
        explain("insight.priceRiseDetail", { name: r.name, before: format(r.before), after: format(r.after), share: wholePercent(r.after - r.before, r.before) / 100, date: { date: r.date } })),
    },
  ];
}

export interface MonthFlow {
  month: string;
  income: number;
  spending: number;
}

/**
 * Over the last CASH_FLOW_LOOKBACK_MONTHS complete months: how many ended with spending above
 * income (a warning), or else what share of income was kept last month. Silent without income.
 */
export function findCashFlowFinding(months: readonly MonthFlow[], format: FormatAmount): Insight[] {
  const recent = months.slice(-CASH_FLOW_LOOKBACK_MONTHS);
  const last = recent[recent.length - 1];
  if (!last) return [];
  const overspent = recent.filter((m) => m.income > 0 || m.spending > 0).filter((m) => m.spending > m.income);
  if (overspent.length > 0) {
    return [
      {
        id: `cash_flow:overspent:${last.month}`,
        kind: "cash_flow",
        tone: "warning",
        title: `You spent more than you earned in ${countWord(overspent.length).toLowerCase()} of the last ${countWord(recent.length).toLowerCase()} months`,
        details: overspent.map((m) => `${m.month}: spent ${format(m.spending)} against ${format(m.income)} of income`),
        message: explain("insight.overspent", { count: overspent.length, months: recent.length }),
        detailMessages: overspent.map((m) => explain("insight.overspentDetail", { month: { month: m.month }, spending: format(m.spending), income: format(m.income) })),
      },
    ];
  }
  if (last.income <= 0) return [];
  const kept = last.income - last.spending;
  return [
    {
      id: `cash_flow:saved:${last.month}`,
      kind: "cash_flow",
      tone: "positive",
      title: `You kept ${wholePercent(kept, last.income)}% of your income in ${last.month}: ${format(kept)} of ${format(last.income)}`,
      details: [`Income ${format(last.income)}, spending ${format(last.spending)}`],
      message: explain("insight.kept", { share: wholePercent(kept, last.income) / 100, month: { month: last.month }, kept: format(kept), income: format(last.income) }),
      detailMessages: [explain("insight.keptDetail", { income: format(last.income), spending: format(last.spending) })],
    },
  ];
}

/** The largest merchant of a month with its total and number of purchases. */
export function findTopMerchant(merchants: readonly { merchant: string; amount: number; count: number }[], month: string, format: FormatAmount): Insight[] {
  const top = merchants[0];
  if (!top || top.amount <= 0) return [];
  const purchases = top.count === 1 ? "one purchase" : `${top.count} purchases`;
  return [
    {
      id: `top_merchant:${month}`,
      kind: "top_merchant",
      tone: "neutral",
      title: `${top.merchant} was where you spent most in ${month}: ${format(top.amount)} across ${purchases}`,
      details: merchants.slice(1, 3).map((m) => `Then ${m.merchant}: ${format(m.amount)}`),
      message: explain("insight.topMerchant", { merchant: top.merchant, month: { month }, amount: format(top.amount), count: top.count }),
      detailMessages: merchants.slice(1, 3).map((m) => explain("insight.topMerchantDetail", { merchant: m.merchant, amount: format(m.amount) })),
    },
  ];
}

/**
 * Projects this month's spending from the days so far (linear) against the average of complete
 * months; silent before PACE_MIN_DAYS, with nothing spent yet (likely not synced), or when the
 * projection is within PACE_MIN_PERCENT of usual.
 */
export function findSpendingPace(input: { month: string; spentSoFar: number; dayOfMonth: number; daysInMonth: number; usual: number }, format: FormatAmount): Insight[] {
  const { month, spentSoFar, dayOfMonth, daysInMonth, usual } = input;
  if (dayOfMonth < PACE_MIN_DAYS || usual <= 0 || spentSoFar <= 0) return [];
  const projected = Math.round((spentSoFar * daysInMonth) / dayOfMonth);
  const percent = wholePercent(Math.abs(projected - usual), usual);
  if (percent < PACE_MIN_PERCENT) return [];
  const more = projected > usual;
  return [
    {
      id: `spending_pace:${month}`,
      kind: "spending_pace",
      tone: more ? "warning" : "positive",
      title: `At this pace you will spend ${format(projected)} this month, ${percent}% ${more ? "more" : "less"} than your usual ${format(usual)}`,
      details: [`${format(spentSoFar)} spent in the first ${dayOfMonth} of ${daysInMonth} days`],
      message: explain(more ? "insight.paceMore" : "insight.paceLess", { projected: format(projected), share: percent / 100, usual: format(usual) }),
      detailMessages: [explain("insight.paceDetail", { spent: format(spentSoFar), day: dayOfMonth, days: daysInMonth })],
    },
  ];
}
