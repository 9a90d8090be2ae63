import type { CalendarDate } from "./calendar-date";

/**
 * The calendar date an instant falls on in an IANA time zone ("America/New_York"). The instant is
 * a parameter, never read from the clock here. Intl knows each zone's DST rules, so 23:30 on the
 * night clocks change still lands on the right local day.
 */
export function getLocalDate(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const pick = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${pick("year")}-${pick("month")}-${pick("day")}`;
}
