/**
 * Calendar dates as "YYYY-MM-DD" strings. A calendar date has no time zone and no time of day,
 * so arithmetic is done on a day count since 1970-01-01 and never drifts across DST changes.
 */

export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseCalendarDate(date: CalendarDate): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a real calendar date`);
  }
  return { year, month, day };
}

export function formatCalendarDate(parts: DateParts): CalendarDate {
  const y = String(parts.year).padStart(4, "0");
  const m = String(parts.month).padStart(2, "0");
  const d = String(parts.day).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Days since 1970-01-01; Date.UTC is used only as a pure calendar calculator here. */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = parseCalendarDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return formatCalendarDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: CalendarDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/**
 * Adds calendar months and clamps to the month's last day ("2024-01-31" + 1 month = "2024-02-29").
 * `anchorDay` lets a series keep its intended day after a short month (31st -> Feb 29 -> Mar 31).
 */
export function addMonths(date: CalendarDate, months: number, anchorDay?: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const wanted = anchorDay ?? day;
  return formatCalendarDate({ year: newYear, month: newMonth, day: Math.min(wanted, daysInMonth(newYear, newMonth)) });
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** English ordinal for a day of month: 1st, 2nd, 3rd, 11th, 21st. */
export function formatOrdinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}
