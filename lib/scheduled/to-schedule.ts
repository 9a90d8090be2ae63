import type { Schedule } from "@/lib/schedules/next-occurrences";
import { RecurrenceJson } from "./schedule-input";

export interface ScheduleRow {
  recurrence: unknown;
  startDate: Date;
  endDate: Date | null;
  occurrenceLimit: number | null;
  weekendRule: "none" | "before" | "after";
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A stored schedule as lib/schedules' pure Schedule. */
export function toSchedule(row: ScheduleRow): Schedule {
  const recurrence = RecurrenceJson.parse(row.recurrence);
  return {
    frequency: recurrence.frequency,
    interval: recurrence.interval,
    dayOfMonth: recurrence.dayOfMonth,
    startDate: day(row.startDate),
    endDate: row.endDate ? day(row.endDate) : undefined,
    count: row.occurrenceLimit ?? undefined,
    weekendRule: row.weekendRule,
  };
}
