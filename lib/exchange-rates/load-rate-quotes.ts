import type { RateQuote } from "@/lib/currency/find-rate";
import { prisma } from "@/lib/db";
import { addDays, type CalendarDate } from "@/lib/schedules/calendar-date";
import { RATE_TOLERANCE_DAYS } from "./convert-with-rates";

/** The currency every reference and provider rate is quoted from; cross rates go through it. */
export const RATE_BASE_CURRENCY = "USD";

function dateOnly(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * Rates that could convert between `currencies` on dates in [from, to]: shared rates (reference,
 * provider) and this user's manual entries, never another user's. Manual entries come first so that
 * findRate, which keeps the first quote it sees for a date, prefers what the user typed.
 */
export async function loadRateQuotes(userId: string, currencies: Iterable<string>, from: CalendarDate, to: CalendarDate): Promise<RateQuote[]> {
  const codes = [...new Set([...currencies, RATE_BASE_CURRENCY])];
  if (codes.length < 2) return [];
  const rows = await prisma().exchangeRate.findMany({
    where: {
      OR: [{ userId: null }, { userId }],
      base: { in: codes },
      quote: { in: codes },
      date: { gte: dateOnly(addDays(from, -RATE_TOLERANCE_DAYS)), lte: dateOnly(to) },
    },
    orderBy: [{ userId: { sort: "asc", nulls: "last" } }, { date: "asc" }],
    select: { base: true, quote: true, date: true, rate: true },
  });
  return rows.map((row) => ({ from: row.base, to: row.quote, date: row.date.toISOString().slice(0, 10), rate: row.rate.toFixed() }));
}
