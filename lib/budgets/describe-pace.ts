import { explain, formatWholeMoney, type ExplainMessage, type ExplainParam } from "@/lib/i18n/explain-message";
import { formatMoney, type CurrencyCode } from "@/lib/money";
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
  /** English, for the API and the budget alert e-mails. */
  sentence: string;
  /** The same sentence as a catalog message (`explain.pace.*`), for pages in the reader's language. */
  message: ExplainMessage;
}

function formatExact(amount: number, currency: CurrencyCode, locale: string): string {
  return formatMoney({ amount, currency }, locale);
}

function describeDate(date: CalendarDate, kind: BudgetPeriodKind): string {
  const { month, day } = parseCalendarDate(date);
  if (kind === "monthly") return `the ${formatOrdinal(day)}`;
  return `${MONTH_NAMES[month - 1] ?? ""} ${day}`;
}

/** A monthly budget names the day ("the 12th"), the others the date ("Mar 12"). */
function whenParam(date: CalendarDate, kind: BudgetPeriodKind): ExplainParam {
  return kind === "monthly" ? explain("pace.onDay", { day: parseCalendarDate(date).day }) : explain("pace.onDate", { date: { date } });
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
  const money = (amount: number) => ({ money: amount, currency });
  const named: Record<string, ExplainParam> = input.label ? { name: input.label } : {};
  const projectedSpend = daysElapsed > 0 ? Math.round((spent * daysInPeriod) / daysElapsed) : spent;

  if (spent > available) {
    return {
      verdict: "over",
      projectedSpend,
      exceedDate: null,
      sentence: `You are ${formatExact(spent - available, currency, locale)} over your ${budgetName}budget this ${noun}.`,
      message: explain(input.label ? "pace.overNamed" : "pace.over", { amount: money(spent - available), period: periodKind, ...named }),
    };
  }

  if (daysElapsed < MIN_DAYS_FOR_PACE) {
    return {
      verdict: "early",
      projectedSpend,
      exceedDate: null,
      sentence: `Early in the ${noun}: ${formatExact(spent, currency, locale)} of ${formatExact(available, currency, locale)} spent so far.`,
      message: explain("pace.early", { spent: money(spent), available: money(available), period: periodKind }),
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
      sentence: `At this pace you will exceed ${input.label ? `${input.label}` : "your budget"} by about ${formatWholeMoney(
        projectedSpend - available,
        currency,
        locale,
      )} around ${describeDate(exceedDate, periodKind)}.`,
      message: explain(input.label ? "pace.willExceedNamed" : "pace.willExceed", {
        amount: { ...money(projectedSpend - available), whole: true }, when: whenParam(exceedDate, periodKind), ...named,
      }),
    };
  }

  return {
    verdict: "on-track",
    projectedSpend,
    exceedDate: null,
    sentence: `On track: about ${formatWholeMoney(available - projectedSpend, currency, locale)} left at the end of the ${noun}.`,
    message: explain("pace.onTrack", { amount: { ...money(available - projectedSpend), whole: true }, period: periodKind }),
  };
}
