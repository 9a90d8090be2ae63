import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import type { CalendarDate } from "@/lib/schedules/calendar-date";

/** Who a report is for and in which currency: figures are in the user's home currency only. */
export interface AnalyticsScope {
  userId: string;
  currency: string;
  locale: string;
  /** The user's local calendar date, which decides "this month". */
  today: CalendarDate;
}

export async function loadAnalyticsScope(userId: string, now: Date = new Date()): Promise<AnalyticsScope> {
  const user = await prisma().user.findUnique({ where: { id: userId }, select: { homeCurrency: true, locale: true, timeZone: true } });
  if (!user) throw notFound("User");
  return { userId, currency: user.homeCurrency, locale: user.locale, today: getLocalDate(now, user.timeZone) };
}
