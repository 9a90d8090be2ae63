import { z } from "zod";
import { CalendarDateInput } from "@/lib/exchange-rates/rate-input";
import { addDays, addMonths, compareDates, daysBetween, type CalendarDate } from "@/lib/schedules/calendar-date";

export const DATE_RANGE_PRESETS = ["this_month", "last_month", "last_3_months", "last_6_months", "last_12_months", "year_to_date", "last_year", "custom"] as const;
export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number];

export const DATE_RANGE_LABELS: Record<DateRangePreset, string> = {
  this_month: "This month",
  last_month: "Last month",
  last_3_months: "Last 3 months",
  last_6_months: "Last 6 months",
  last_12_months: "Last 12 months",
  year_to_date: "Year to date",
  last_year: "Last year",
  custom: "Custom",
};

/** Ten years keeps every monthly series small enough to chart and send to the browser. */
export const MAX_RANGE_DAYS = 3660;

export const DateRangeInput = z
  .object({
    range: z.enum(DATE_RANGE_PRESETS, { error: `must be one of ${DATE_RANGE_PRESETS.join(", ")}` }).default("last_6_months"),
    from: CalendarDateInput.optional(),
    to: CalendarDateInput.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.range !== "custom") return;
    if (!value.from) ctx.addIssue({ code: "custom", path: ["from"], message: "is required for a custom range" });
    if (!value.to) ctx.addIssue({ code: "custom", path: ["to"], message: "is required for a custom range" });
    if (value.from && value.to && compareDates(value.from, value.to) > 0) ctx.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
    if (value.from && value.to && daysBetween(value.from, value.to) > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["from"], message: "the range can span at most ten years" });
  });

/** Dates are inclusive for display; `end` is exclusive for SQL (`date >= start AND date < end`). */
export interface DateRange {
  preset: DateRangePreset;
  start: CalendarDate;
  /** Last day included. */
  last: CalendarDate;
  /** Day after the last included day. */
  end: CalendarDate;
  label: string;
}

export function monthStart(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

/** Turns a preset (or custom from/to) into concrete dates relative to the user's local today. */
export function resolveDateRange(input: z.input<typeof DateRangeInput>, today: CalendarDate): DateRange {
  const parsed = DateRangeInput.parse(input);
  const thisMonth = monthStart(today);
  const make = (start: CalendarDate, last: CalendarDate): DateRange => ({
    preset: parsed.range,
    start,
    last,
    end: addDays(last, 1),
    label: parsed.range === "custom" ? `${start} to ${last}` : DATE_RANGE_LABELS[parsed.range],
  });
  switch (parsed.range) {
    case "this_month":
      return make(thisMonth, today);
    case "last_month":
      return make(addMonths(thisMonth, -1), addDays(thisMonth, -1));
    case "last_3_months":
      return make(addMonths(thisMonth, -2), today);
    case "last_6_months":
      return make(addMonths(thisMonth, -5), today);
    case "last_12_months":
      return make(addMonths(thisMonth, -11), today);
    case "year_to_date":
      return make(`${today.slice(0, 4)}-01-01`, today);
    case "last_year": {
      const year = Number(today.slice(0, 4)) - 1;
      return make(`${year}-01-01`, `${year}-12-31`);
    }
    case "custom":
      // superRefine guarantees both dates for a custom range.
      return make(parsed.from ?? today, parsed.to ?? today);
  }
}

/** Every month ("YYYY-MM") the range touches, oldest first, so series have no gaps. */
export function monthsInRange(start: CalendarDate, last: CalendarDate): string[] {
  const months: string[] = [];
  for (let cursor = monthStart(start); compareDates(cursor, last) <= 0; cursor = addMonths(cursor, 1)) months.push(cursor.slice(0, 7));
  return months;
}
