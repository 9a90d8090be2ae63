import type { CurrencyCode } from "@/lib/money";
import {
  addDays, addMonths, daysBetween, daysInMonth, formatCalendarDate, parseCalendarDate, type CalendarDate,
} from "@/lib/schedules/calendar-date";

export type RecurringFrequency = "weekly" | "biweekly" | "monthly" | "quarterly" | "yearly";
export type RecurringDirection = "outflow" | "inflow";
/** early: too few occurrences to trust; established: regular; ended: a whole cycle missed. */
export type RecurringStatus = "early" | "established" | "ended";

/** Sign convention: negative `amount` is money out (a bill), positive is money in (a salary). */
export interface RecurringTransactionInput {
  id: string;
  date: CalendarDate;
  amount: number;
  currency: CurrencyCode;
  /** Normalized merchant or payer key; grouping is exact on this. */
  merchantKey: string;
}

export interface RecurringStream {
  merchantKey: string;
  currency: CurrencyCode;
  direction: RecurringDirection;
  frequency: RecurringFrequency;
  /** Nominal days between occurrences (monthly 30, quarterly 91, yearly 365). */
  intervalDays: number;
  occurrences: number;
  /** Magnitude in minor units: median of the latest occurrences so a price change is picked up quickly. */
  typicalAmount: number;
  /** Amounts within typicalAmount +/- amountTolerance are "usual". */
  amountTolerance: number;
  firstDate: CalendarDate;
  lastDate: CalendarDate;
  predictedNextDate: CalendarDate;
  status: RecurringStatus;
  transactionIds: string[];
  /** Oldest first; amounts as signed minor units. */
  history: { id: string; date: CalendarDate; amount: number }[];
}

interface FrequencyRule {
  frequency: RecurringFrequency;
  intervalDays: number;
  /** Interval window accepted as this frequency; wide enough for weekend and holiday shifts. */
  minDays: number;
  maxDays: number;
  /** Occurrences needed before the stream is "established" rather than "early". */
  establishedAt: number;
}

export const FREQUENCY_RULES: readonly FrequencyRule[] = [
  { frequency: "weekly", intervalDays: 7, minDays: 5, maxDays: 9, establishedAt: 4 },
  { frequency: "biweekly", intervalDays: 14, minDays: 11, maxDays: 17, establishedAt: 4 },
  { frequency: "monthly", intervalDays: 30, minDays: 25, maxDays: 36, establishedAt: 4 },
  { frequency: "quarterly", intervalDays: 91, minDays: 80, maxDays: 102, establishedAt: 3 },
  { frequency: "yearly", intervalDays: 365, minDays: 350, maxDays: 380, establishedAt: 3 },
];

/** Fewer occurrences than this is coincidence, not a stream. */
export const MIN_OCCURRENCES = 3;
/** Share of gaps that must fit the frequency window; tolerates one skipped or doubled cycle in five. */
export const MIN_REGULAR_SHARE = 0.75;
/** How many recent occurrences define the current price. */
const TYPICAL_WINDOW = 3;
/** How many recent occurrences define the usual spread. */
const SPREAD_WINDOW = 6;
/** A fixed-price subscription still gets a band of 5% (taxes, FX rounding). */
const MIN_TOLERANCE_PERCENT = 5;

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? upper;
  return Math.round((lower + upper) / 2);
}

/**
 * The usual amount band of a stream from its magnitudes (oldest first): the median of the latest
 * few is the current price, and the band is at least 5% either side, wider when amounts vary.
 */
export function computeAmountBand(magnitudes: readonly number[]): { typicalAmount: number; amountTolerance: number } {
  const typicalAmount = medianOf(magnitudes.slice(-TYPICAL_WINDOW));
  const spreadWindow = magnitudes.slice(-SPREAD_WINDOW);
  const center = medianOf(spreadWindow);
  const mad = medianOf(spreadWindow.map((a) => Math.abs(a - center)));
  const amountTolerance = Math.max(Math.ceil((typicalAmount * MIN_TOLERANCE_PERCENT) / 100), 3 * mad, 1);
  return { typicalAmount, amountTolerance };
}

function classifyFrequency(gaps: readonly number[]): FrequencyRule | null {
  let best: { rule: FrequencyRule; share: number } | null = null;
  for (const rule of FREQUENCY_RULES) {
    const fitting = gaps.filter((g) => g >= rule.minDays && g <= rule.maxDays).length;
    const share = fitting / gaps.length;
    if (share >= MIN_REGULAR_SHARE && (best === null || share > best.share)) best = { rule, share };
  }
  return best?.rule ?? null;
}

/**
 * Day of month a monthly-style stream is anchored to: the most common day, where "last day of
 * the month" counts as 31 so a stream on Jan 31, Feb 29, Apr 30 is one anchor. Ties go to the
 * most recent occurrence's day.
 */
function findAnchorDay(dates: readonly CalendarDate[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const date of dates) {
    const { year, month, day } = parseCalendarDate(date);
    const key = day === daysInMonth(year, month) && day >= 28 ? 31 : day;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count >= bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

function predictNextDate(rule: FrequencyRule, dates: readonly CalendarDate[]): CalendarDate {
  const last = dates[dates.length - 1] ?? "1970-01-01";
  const monthsPerStep = rule.frequency === "monthly" ? 1 : rule.frequency === "quarterly" ? 3 : rule.frequency === "yearly" ? 12 : 0;
  if (monthsPerStep === 0) return addDays(last, rule.intervalDays);
  // Anchor to the usual day so one weekend-shifted payment does not shift every prediction after
  // it: find the anchor date the last payment belonged to (the nearest one, even if it was paid a
  // few days early or late), then step one cycle from there.
  const anchor = findAnchorDay(dates);
  const { year, month } = parseCalendarDate(last);
  const inLastMonth = formatCalendarDate({ year, month, day: Math.min(anchor, daysInMonth(year, month)) });
  const candidates = [addMonths(inLastMonth, -1, anchor), inLastMonth, addMonths(inLastMonth, 1, anchor)];
  let belongsTo = inLastMonth;
  for (const candidate of candidates) {
    if (Math.abs(daysBetween(candidate, last)) < Math.abs(daysBetween(belongsTo, last))) belongsTo = candidate;
  }
  return addMonths(belongsTo, monthsPerStep, anchor);
}

function buildStream(group: RecurringTransactionInput[], today: CalendarDate): RecurringStream | null {
  if (group.length < MIN_OCCURRENCES) return null;
  const sorted = [...group].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const dates = sorted.map((t) => t.date);
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i += 1) gaps.push(daysBetween(dates[i - 1] ?? "", dates[i] ?? ""));
  const rule = classifyFrequency(gaps);
  if (!rule) return null;

  const { typicalAmount, amountTolerance } = computeAmountBand(sorted.map((t) => Math.abs(t.amount)));

  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  const predictedNextDate = predictNextDate(rule, dates);
  // Ended once a whole extra cycle has passed without the expected payment.
  const ended = daysBetween(predictedNextDate, today) > rule.intervalDays;
  const status: RecurringStatus = ended ? "ended" : sorted.length >= rule.establishedAt ? "established" : "early";

  return {
    merchantKey: first.merchantKey,
    currency: first.currency,
    direction: first.amount < 0 ? "outflow" : "inflow",
    frequency: rule.frequency,
    intervalDays: rule.intervalDays,
    occurrences: sorted.length,
    typicalAmount,
    amountTolerance,
    firstDate: first.date,
    lastDate: last.date,
    predictedNextDate,
    status,
    transactionIds: sorted.map((t) => t.id),
    history: sorted.map((t) => ({ id: t.id, date: t.date, amount: t.amount })),
  };
}

/**
 * Finds recurring bills and income. Transactions are grouped by merchant, currency and direction
 * (a refund from Netflix is not part of the Netflix bill); a group becomes a stream when it has
 * at least MIN_OCCURRENCES rows and most gaps between them fit one frequency window. Amounts may
 * vary (utility bills, price rises). Rows dated after `today` are ignored.
 */
export function detectRecurringStreams(
  transactions: readonly RecurringTransactionInput[],
  today: CalendarDate,
): RecurringStream[] {
  const groups = new Map<string, RecurringTransactionInput[]>();
  for (const tx of transactions) {
    if (tx.amount === 0 || tx.date > today) continue;
    const key = `${tx.merchantKey}\u0000${tx.currency}\u0000${tx.amount < 0 ? "out" : "in"}`;
    const group = groups.get(key);
    if (group) group.push(tx);
    else groups.set(key, [tx]);
  }
  const streams: RecurringStream[] = [];
  for (const group of groups.values()) {
    const stream = buildStream(group, today);
    if (stream) streams.push(stream);
  }
  return streams.sort((a, b) =>
    a.merchantKey === b.merchantKey ? a.direction.localeCompare(b.direction) : a.merchantKey < b.merchantKey ? -1 : 1,
  );
}
