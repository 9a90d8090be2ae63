import { formatMoney, minorUnits, type CurrencyCode } from "@/lib/money";
import { addDays, formatOrdinal, parseCalendarDate, type CalendarDate } from "@/lib/schedules/calendar-date";
import type { BudgetPeriodKind } from "./budget-period";
import type { BudgetStatus } from "./compute-budget-status";

/** A forecast from fewer days than this is mostly noise (one big shop on the 1st is not a pace). */
export const MIN_DAYS_FOR_PACE = 3;

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface PaceInput {
  status: Pick<BudgetStatus, "period" | "currency" | "available" | "spent" | "daysElapsed" | "daysInPeriod">;
  periodKind: BudgetPeriodKind;
  /** Shown to the user, e.g. "Dining"; omit for an overall budget. */
  label?: string;
  locale?: string;
}

export type PaceVerdict = "early" | "over" | "will-exceed" | "on-track";

export interface PaceForecast {
  verdict: PaceVerdict;
  /** Spending projected to the end of the period at the current daily rate (minor units). */
  projectedSpend: number;
  /** Date the budget is expected to run out, when verdict is "will-exceed". */
  exceedDate: CalendarDate | null;
  sentence: string;
}

/** Rounds to whole major units for "about" amounts; half away from zero on the exact integer. */
function roundToMajor(amount: number, currency: CurrencyCode): number {
  const unit = 10 ** minorUnits(currency);
  const sign = amount < 0 ? -1 : 1;
  return sign * Math.round(Math.abs(amount) / unit) * unit;
}

function formatApprox(amount: number, currency: CurrencyCode, locale: string): string {
  const text = formatMoney({ amount: roundToMajor(amount, currency), currency }, locale);
  // Drop the all-zero fraction ("$120.00" -> "$120"); only when the currency has one, so "¥1,000" survives.
  return minorUnits(currency) > 0 ? text.replace(/[.,]0+(?=[^\d]*$)/, "") : text;
}

function formatExact(amount: number, currency: CurrencyCode, locale: string): string {
  return formatMoney({ amount, currency }, locale);
}

function describeDate(date: CalendarDate, kind: BudgetPeriodKind): string {
  const { month, day } = parseCalendarDate(date);
  if (kind === "monthly") return `the ${formatOrdinal(day)}`;
  return `${MONTH_NAMES[month - 1] ?? ""} ${day}`;
}

function periodNoun(kind: BudgetPeriodKind): string {
  return { weekly: "week", monthly: "month", quarterly: "quarter", yearly: "year" }[kind];
}

/**
 * A plain-language pace forecast by straight-line projection of spending so far:
 * projected = spent / daysElapsed * daysInPeriod. Integer maths throughout; the exceed date is
 * the first day on which cumulative spend at that daily rate goes past what is available.
 */
export function describePace(input: PaceInput): PaceForecast {
  const { status, periodKind } = input;
  const locale = input.locale ?? "en-US";
  const { currency, available, spent, daysElapsed, daysInPeriod } = status;
  const budgetName = input.label ? `${input.label} ` : "";
  const noun = periodNoun(periodKind);
  const projectedSpend = daysElapsed > 0 ? Math.round((spent * daysInPeriod) / daysElapsed) : spent;

  if (spent > available) {
    return {
      verdict: "over",
      projectedSpend,
      exceedDate: null,
      sentence: `You are ${formatExact(spent - available, currency, locale)} over your ${budgetName}budget this ${noun}.`,
    };
  }

  if (daysElapsed < MIN_DAYS_FOR_PACE) {
    return {
      verdict: "early",
      projectedSpend,
      exceedDate: null,
      sentence: `Early in the ${noun}: ${formatExact(spent, currency, locale)} of ${formatExact(available, currency, locale)} spent so far.`,
    };
  }

  if (projectedSpend > available && spent > 0) {
    // First whole day k with spent/daysElapsed * k > available.
    const dayIndex = Math.floor((available * daysElapsed) / spent) + 1;
    const exceedDate = addDays(status.period.start, Math.max(dayIndex, daysElapsed) - 1);
    return {
      verdict: "will-exceed",
      projectedSpend,
      exceedDate,
      sentence: `At this pace you will exceed ${input.label ? `${input.label}` : "your budget"} by about ${formatApprox(
        projectedSpend - available,
        currency,
        locale,
      )} around ${describeDate(exceedDate, periodKind)}.`,
    };
  }

  return {
    verdict: "on-track",
    projectedSpend,
    exceedDate: null,
    sentence: `On track: about ${formatApprox(available - projectedSpend, currency, locale)} left at the end of the ${noun}.`,
  };
}
