import {
  addDays, addMonths, dayOfWeek, formatCalendarDate, parseCalendarDate, type CalendarDate,
} from "@/lib/schedules/calendar-date";

export type BudgetPeriodKind = "weekly" | "monthly" | "quarterly" | "yearly";

export interface BudgetPeriodOptions {
  period: BudgetPeriodKind;
  /** First day of a weekly budget: 0 = Sunday ... 6 = Saturday. Ignored for other periods. Default 1 (Monday). */
  weekStart?: number;
}

/** A budget period: `start` is inclusive, `end` is exclusive (the first day of the next period). */
export interface BudgetPeriod {
  start: CalendarDate;
  end: CalendarDate;
}

/** The period containing `date`. Quarters start in January, April, July and October. */
export function budgetPeriod(date: CalendarDate, options: BudgetPeriodOptions): BudgetPeriod {
  const { year, month } = parseCalendarDate(date);
  switch (options.period) {
    case "weekly": {
      const weekStart = options.weekStart ?? 1;
      if (!Number.isInteger(weekStart) || weekStart < 0 || weekStart > 6) {
        throw new RangeError(`weekStart must be an integer 0-6, got ${weekStart}`);
      }
      const back = (dayOfWeek(date) - weekStart + 7) % 7;
      const start = addDays(date, -back);
      return { start, end: addDays(start, 7) };
    }
    case "monthly": {
      const start = formatCalendarDate({ year, month, day: 1 });
      return { start, end: addMonths(start, 1) };
    }
    case "quarterly": {
      const firstMonth = month - ((month - 1) % 3);
      const start = formatCalendarDate({ year, month: firstMonth, day: 1 });
      return { start, end: addMonths(start, 3) };
    }
    case "yearly": {
      const start = formatCalendarDate({ year, month: 1, day: 1 });
      return { start, end: formatCalendarDate({ year: year + 1, month: 1, day: 1 }) };
    }
  }
}

/** The `n` periods before the one containing `date`, most recent first. */
export function previousPeriods(date: CalendarDate, options: BudgetPeriodOptions, n: number): BudgetPeriod[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  const periods: BudgetPeriod[] = [];
  let current = budgetPeriod(date, options);
  for (let i = 0; i < n; i += 1) {
    current = budgetPeriod(addDays(current.start, -1), options);
    periods.push(current);
  }
  return periods;
}

/** True when `date` falls inside the period (start inclusive, end exclusive). */
export function isInPeriod(date: CalendarDate, period: BudgetPeriod): boolean {
  return date >= period.start && date < period.end;
}
