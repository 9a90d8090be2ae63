/** Pure UTC calendar arithmetic on YYYY-MM-DD strings and ISO instants (no clock reads). */

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new Error(`"${date}" is not a YYYY-MM-DD date`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isCalendarDate(year, month, day)) throw new Error(`"${date}" is not a real calendar date`);
  return { year, month, day };
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= countDaysInMonth(year, month);
}

export function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toMs(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day);
}

export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatDate(toMs(date) + days * DAY_MS);
}

/** First day of the month `months` after the month containing `date`. */
export function addMonthsToMonthStart(date: string, months: number): string {
  const { year, month } = parseIsoDate(date);
  return formatDate(Date.UTC(year, month - 1 + months, 1));
}

export function addMs(instant: string, ms: number): string {
  return formatInstant(Date.parse(instant) + ms);
}

/** A local wall-clock time at a fixed UTC offset, as a UTC ISO instant. */
export function localTimeToInstant(date: string, hour: number, minute: number, utcOffsetMinutes: number): string {
  return formatInstant(toMs(date) + (hour * 60 + minute - utcOffsetMinutes) * 60_000);
}

export const MS_PER_DAY = DAY_MS;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_MINUTE = 60_000;
