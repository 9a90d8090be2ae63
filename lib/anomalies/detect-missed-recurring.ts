import { formatMoney } from "@/lib/money";
import type { RecurringStream } from "@/lib/recurring/detect-recurring-streams";
import { daysBetween, parseCalendarDate, type CalendarDate } from "@/lib/schedules/calendar-date";
import { explain } from "@/lib/i18n/explain-message";
import { isSuppressed, moneyParam, type Anomaly, type Suppression } from "./anomaly";
import { computeRobustStats } from "./robust-stats";
import {
  MISSED_RECURRING_GRACE_DAYS,
  MISSED_RECURRING_MAX_GAP_DEVIATION_DAYS,
  MISSED_RECURRING_RECENT_GAPS,
  MISSED_RECURRING_RECENT_GAPS_VARYING,
  PRICE_RISE_MAX_PRIOR_SPREAD_SHARE,
} from "./thresholds";

const NOMINAL_DAYS = { weekly: 7, biweekly: 14, monthly: 30.4, quarterly: 91.3, yearly: 365.2 } as const;

function hasTightRhythm(stream: RecurringStream): boolean {
  const amounts = computeRobustStats(stream.history.map((h) => Math.abs(h.amount)));
  const varying = amounts.mad > PRICE_RISE_MAX_PRIOR_SPREAD_SHARE * amounts.median;
  const gaps = varying ? MISSED_RECURRING_RECENT_GAPS_VARYING : MISSED_RECURRING_RECENT_GAPS;
  if (stream.history.length < gaps + 1) return false;
  const dates = stream.history.map((h) => h.date).slice(-(gaps + 1));
  for (let i = 1; i < dates.length; i += 1) {
    const gap = daysBetween(dates[i - 1] ?? "", dates[i] ?? "");
    if (Math.abs(gap - NOMINAL_DAYS[stream.frequency]) > MISSED_RECURRING_MAX_GAP_DEVIATION_DAYS[stream.frequency]) return false;
  }
  return true;
}

export interface MissedRecurringInput {
  streams: readonly RecurringStream[];
  today: CalendarDate;
  merchantNames?: Readonly<Record<string, string>>;
  suppressions?: readonly Suppression[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatShortDate(date: CalendarDate): string {
  const { month, day } = parseCalendarDate(date);
  return `${MONTHS[month - 1] ?? ""} ${day}`;
}

/**
 * Flags an established recurring payment or income whose predicted date passed more than
 * MISSED_RECURRING_GRACE_DAYS[frequency] days ago with nothing since. Early streams (too few
 * occurrences to trust) and ended ones (already a full cycle overdue; stops repeating the alert)
 * are not flagged, nor streams whose recent gaps drift (MISSED_RECURRING_MAX_GAP_DEVIATION_DAYS over
 * the last MISSED_RECURRING_RECENT_GAPS gaps, or MISSED_RECURRING_RECENT_GAPS_VARYING when amounts vary), nor
 * suppressed merchants. dedupeKey includes the expected date, so each missed
 * cycle is one finding.
 */
export function detectMissedRecurring(input: MissedRecurringInput): Anomaly[] {
  const kind = "missed-recurring";
  const anomalies: Anomaly[] = [];
  for (const stream of input.streams) {
    if (stream.status !== "established" || !hasTightRhythm(stream)) continue;
    const daysLate = daysBetween(stream.predictedNextDate, input.today);
    if (daysLate <= MISSED_RECURRING_GRACE_DAYS[stream.frequency]) continue;
    if (isSuppressed({ kind, merchantKey: stream.merchantKey, currency: stream.currency, amount: stream.typicalAmount }, input.suppressions)) continue;
    const name = input.merchantNames?.[stream.merchantKey] ?? stream.merchantKey;
    const about = formatMoney({ amount: stream.typicalAmount, currency: stream.currency });
    const what = stream.direction === "inflow" ? `income from ${name}` : `your ${name} payment`;
    anomalies.push({
      kind,
      score: daysLate / stream.intervalDays,
      dedupeKey: `${kind}:${stream.merchantKey}:${stream.currency}:${stream.direction}:${stream.predictedNextDate}`,
      transactionIds: [],
      merchantKey: stream.merchantKey,
      categoryKey: null,
      currency: stream.currency,
      facts: { expectedDate: stream.predictedNextDate, daysLate, typicalAmount: stream.typicalAmount, direction: stream.direction, frequency: stream.frequency },
      explain: explain(stream.direction === "inflow" ? "anomaly.missedIncome" : "anomaly.missedPayment", {
        name, about: moneyParam(stream.typicalAmount, stream.currency), date: { date: stream.predictedNextDate }, days: daysLate,
      }),
      message: `We expected ${what} (about ${about}) around ${formatShortDate(stream.predictedNextDate)}; nothing yet, ${daysLate} days late.`,
    });
  }
  return anomalies;
}
