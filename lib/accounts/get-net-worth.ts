import { prisma } from "@/lib/db";
import { convertWithRates, type Conversion } from "@/lib/exchange-rates/convert-with-rates";
import { loadRateQuotes } from "@/lib/exchange-rates/load-rate-quotes";
import { minorFromBigInt } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";

export interface NetWorthAccount {
  id: string;
  name: string;
  currency: string;
  /** End-of-day balance on the date, in the account's currency (minor units). */
  balance: number;
  /** In the home currency with the rate behind it; amount null when no rate qualified. */
  converted: Conversion;
}

export interface NetWorth {
  currency: string;
  date: CalendarDate;
  /** Sum of the accounts that could be converted. */
  total: number;
  /** False when some account's rate is missing: the total then leaves it out, and the UI says so. */
  complete: boolean;
  accounts: NetWorthAccount[];
}

/**
 * Net worth in the user's home currency at the end of `date`: each open account's balance then
 * (its current balance less what was booked after the date), converted at that date's rate.
 * Balances are signed, so loans and cards reduce it.
 */
export async function getNetWorth(userId: string, date: CalendarDate): Promise<NetWorth> {
  const db = prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { homeCurrency: true } });
  const home = user.homeCurrency;
  const accounts = await db.account.findMany({
    where: { userId, archivedAt: null, currentBalance: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, currency: true, currentBalance: true },
  });
  const later = await db.transaction.groupBy({
    by: ["accountId"],
    where: { userId, removedAt: null, mergedIntoId: null, date: { gt: new Date(`${date}T00:00:00Z`) } },
    _sum: { amount: true },
  });
  const afterDate = new Map(later.map((row) => [row.accountId, row._sum.amount ?? 0n]));
  const quotes = await loadRateQuotes(userId, [home, ...accounts.map((a) => a.currency)], date, date);
  let total = 0;
  let complete = true;
  const rows = accounts.map((account) => {
    const balance = minorFromBigInt((account.currentBalance ?? 0n) - (afterDate.get(account.id) ?? 0n));
    const converted = convertWithRates(quotes, balance, account.currency, home, date);
    if (converted.amount === null) complete = false;
    else total += converted.amount;
    return { id: account.id, name: account.name, currency: account.currency, balance, converted };
  });
  return { currency: home, date, total, complete, accounts: rows };
}
