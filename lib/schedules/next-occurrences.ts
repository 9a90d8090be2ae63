import { z } from "zod";
import { addDays, addMonths, dayOfWeek, parseCalendarDate, type CalendarDate } from "./calendar-date";

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => {
  try {
    parseCalendarDate(d);
    return true;
  } catch {
    return false;
  }
}, "must be a real YYYY-MM-DD date");

export const ScheduleInput = z
  .object({
    frequency: z.enum(["daily", "weekly", "monthly", "yearly"]),
    /** Every `interval` units: weekly + 2 = every other week on the start date's weekday. */
    interval: z.number().int().min(1).max(1000).default(1),
    startDate: DATE,
    /** Inclusive, on the nominal (unadjusted) date. */
    endDate: DATE.optional(),
    /** Total occurrences including the first. */
    count: z.number().int().min(1).optional(),
    /** Monthly only: 1-31; 31 means "last day" in shorter months. Defaults to the start date's day. */
    dayOfMonth: z.number().int().min(1).max(31).optional(),
    /** Where an occurrence landing on Saturday or Sunday moves: Friday before, Monday after, or stays. */
    weekendRule: z.enum(["none", "before", "after"]).default("none"),
  })
  .refine((s) => s.endDate === undefined || s.endDate >= s.startDate, { message: "endDate must not be before startDate", path: ["endDate"] });

export type Schedule = z.input<typeof ScheduleInput>;
type ParsedSchedule = z.output<typeof ScheduleInput>;

export interface Occurrence {
  /** 0-based position in the series. */
  index: number;
  /** The date the rule names, before any weekend move. Stable identity for "created once". */
  nominalDate: CalendarDate;
  /** The date the transaction or reminder is due, after the weekend rule. */
  date: CalendarDate;
}

/** Guards against a schedule that could never reach the wanted date (start centuries back, daily). */
const MAX_STEPS = 200_000;

function nominalAt(schedule: ParsedSchedule, index: number): CalendarDate {
  const step = index * schedule.interval;
  switch (schedule.frequency) {
    case "daily":
      return addDays(schedule.startDate, step);
    case "weekly":
      return addDays(schedule.startDate, step * 7);
    case "monthly":
      // Always from the start with an anchor, so the 31st comes back after February.
      return addMonths(schedule.startDate, step, schedule.dayOfMonth ?? parseCalendarDate(schedule.startDate).day);
    case "yearly":
      return addMonths(schedule.startDate, step * 12, parseCalendarDate(schedule.startDate).day);
  }
}

function applyWeekendRule(date: CalendarDate, rule: ParsedSchedule["weekendRule"]): CalendarDate {
  const weekday = dayOfWeek(date);
  if (rule === "none" || (weekday !== 0 && weekday !== 6)) return date;
  if (rule === "before") return addDays(date, weekday === 6 ? -1 : -2);
  return addDays(date, weekday === 6 ? 2 : 1);
}

/**
 * Walks the series in order. Weekend moves never reorder occurrences (Sat and Sun map to the same
 * side of every weekday), so both nominal and moved dates are non-decreasing.
 */
function* iterateOccurrences(schedule: ParsedSchedule): Generator<Occurrence> {
  for (let index = 0; index < MAX_STEPS; index += 1) {
    if (schedule.count !== undefined && index >= schedule.count) return;
    const nominalDate = nominalAt(schedule, index);
    if (schedule.endDate !== undefined && nominalDate > schedule.endDate) return;
    yield { index, nominalDate, date: applyWeekendRule(nominalDate, schedule.weekendRule) };
  }
}

/** The first `count` occurrences whose (weekend-adjusted) date is on or after `fromDate`. */
export function nextOccurrences(schedule: Schedule, fromDate: CalendarDate, count: number): Occurrence[] {
  const parsed = ScheduleInput.parse(schedule);
  const found: Occurrence[] = [];
  if (count <= 0) return found;
  for (const occurrence of iterateOccurrences(parsed)) {
    if (occurrence.date < fromDate) continue;
    found.push(occurrence);
    if (found.length >= count) break;
  }
  return found;
}

/**
 * Occurrences the scheduler should create now: due on or before `today` and after the last one
 * already created. `lastCreatedNominalDate` is the nominalDate of the newest occurrence created
 * (null if none), which makes a run idempotent: running twice creates nothing the second time,
 * and running late creates every missed occurrence once, in order. Callers should also store
 * (scheduleId, nominalDate) under a unique key so concurrent runs cannot double-create.
 * `today` is the calendar date in the user's time zone (see getLocalDate).
 */
export function dueOccurrences(schedule: Schedule, lastCreatedNominalDate: CalendarDate | null, today: CalendarDate): Occurrence[] {
  const parsed = ScheduleInput.parse(schedule);
  const due: Occurrence[] = [];
  for (const occurrence of iterateOccurrences(parsed)) {
    if (occurrence.date > today) break;
    if (lastCreatedNominalDate !== null && occurrence.nominalDate <= lastCreatedNominalDate) continue;
    due.push(occurrence);
  }
  return due;
}
