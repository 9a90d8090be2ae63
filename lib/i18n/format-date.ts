/**
 * The one place dates become text. Stored instants are shown in UTC (as the rest of the UI labels
 * them); calendar dates ("2026-11-22", a transaction's booking date) have no zone and must not
 * shift a day, so they are formatted as UTC midnight.
 */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_MONTH = /^\d{4}-\d{2}$/;

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  if (CALENDAR_DATE.test(value)) return new Date(`${value}T00:00:00Z`);
  if (CALENDAR_MONTH.test(value)) return new Date(`${value}-01T00:00:00Z`);
  return new Date(value);
}

/** "Nov 22, 2026, 1:05 AM" / "22.11.2026, 01:05". */
export function formatDateTime(value: Date | string, locale: string, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(toDate(value));
}

/** "Nov 22, 2026" / "22.11.2026" for an instant or a calendar date. */
export function formatDate(value: Date | string, locale: string, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(toDate(value));
}

/** "Nov 2026" / "nov. 2026" for "2026-11". */
export function formatMonth(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(toDate(value));
}

/** "Mar 5" / "5. März" for a calendar date, as a sentence names a day; text that is no date comes back as it is. */
export function formatDayOfMonth(value: string, locale: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}
