import { prisma } from "@/lib/db";
import { minorFromBigInt } from "@/lib/money";
import { addDays, type CalendarDate } from "@/lib/schedules/calendar-date";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { nextOccurrences } from "@/lib/schedules/next-occurrences";
import { toSchedule } from "./to-schedule";

export interface UpcomingOccurrence {
  scheduleId: string;
  description: string;
  accountId: string;
  toAccountId: string | null;
  /** Signed minor units for accountId (negative: money leaving). */
  amount: number;
  currency: string;
  categoryId: string | null;
  /** When it is due, after the weekend rule. */
  date: CalendarDate;
  nominalDate: CalendarDate;
}

/** Longest look-ahead: a daily schedule over a year is 366 rows per schedule. */
const MAX_DAYS = 366;

/**
 * Occurrences of the user's active schedules due from today through today + `days` (the user's
 * local dates) that are not created yet, soonest first. For the overview and budget pace.
 */
export async function listUpcomingOccurrences(userId: string, days: number, now = new Date()): Promise<UpcomingOccurrence[]> {
  const span = Math.max(0, Math.min(MAX_DAYS, Math.floor(days)));
  const db = prisma();
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) return [];
  const today = getLocalDate(now, user.timeZone);
  const until = addDays(today, span);
  const rows = await db.scheduledTransaction.findMany({
    where: { userId, pausedAt: null },
    include: { occurrences: { where: { dueDate: { gte: new Date(`${addDays(today, -7)}T00:00:00Z`) } }, select: { dueDate: true } } },
  });
  const upcoming: UpcomingOccurrence[] = [];
  for (const row of rows) {
    const created = new Set(row.occurrences.map((o) => o.dueDate.toISOString().slice(0, 10)));
    for (const occurrence of nextOccurrences(toSchedule(row), today, span + 8)) {
      if (occurrence.date > until) break;
      if (created.has(occurrence.nominalDate)) continue;
      upcoming.push({
        scheduleId: row.id, description: row.description, accountId: row.accountId, toAccountId: row.toAccountId, amount: minorFromBigInt(row.amount),
        currency: row.currency, categoryId: row.categoryId, date: occurrence.date, nominalDate: occurrence.nominalDate,
      });
    }
  }
  return upcoming.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.scheduleId < b.scheduleId ? -1 : 1));
}
