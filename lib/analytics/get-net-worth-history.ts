import { prisma } from "@/lib/db";
import { convertWithRates } from "@/lib/exchange-rates/convert-with-rates";
import { loadRateQuotes } from "@/lib/exchange-rates/load-rate-quotes";
import { minorFromBigInt } from "@/lib/money";
import { addDays, addMonths, type CalendarDate } from "@/lib/schedules/calendar-date";
import type { AnalyticsScope } from "./analytics-scope";
import { rollBalancesBack, sumNetWorth, type AccountFlows, type NetWorthPoint } from "./build-net-worth-series";
import { sumToMinor } from "./classified-lines";

export interface NetWorthHistory {
  currency: string;
  points: NetWorthPoint[];
  /** Currencies of accounts left out because no exchange rate to the home currency was found. */
  unconverted: string[];
}

/** Month-end date of "YYYY-MM", or today for the current month (rates are looked up on that day). */
function monthEnd(month: string, today: CalendarDate): CalendarDate {
  const end = addDays(addMonths(`${month}-01`, 1), -1);
  return end > today ? today : end;
}

/**
 * Net worth at each month end over `months` (oldest first, ending with the current month): today's
 * balances of open accounts rolled back through one GROUP BY account, month of booked rows. Pending,
 * merged and removed rows do not move a balance; transfers and excluded rows do (money still moved).
 * Accounts in other currencies are converted at each month end's rate.
 */
export async function getNetWorthHistory(scope: AnalyticsScope, months: readonly string[]): Promise<NetWorthHistory> {
  const first = months[0];
  if (!first) return { currency: scope.currency, points: [], unconverted: [] };
  const db = prisma();
  const [accounts, flows] = await Promise.all([
    db.account.findMany({ where: { userId: scope.userId, archivedAt: null, currentBalance: { not: null } }, select: { id: true, currency: true, currentBalance: true } }),
    db.$queryRaw<{ account_id: string; month: string; amount: string }[]>`
SELECT t."accountId" AS account_id, to_char(date_trunc('month', t."date"), 'YYYY-MM') AS month, sum(t.amount)::text AS amount
  FROM "Transaction" t
 WHERE t."userId" = ${scope.userId}::uuid AND t."date" >= ${`${first}-01`}::date
   AND t."mergedIntoId" IS NULL AND t."removedAt" IS NULL AND NOT t.pending
 GROUP BY t."accountId", date_trunc('month', t."date")`,
  ]);
  const flowMaps = new Map<string, Map<string, number>>();
  for (const row of flows) {
    const map = flowMaps.get(row.account_id) ?? new Map<string, number>();
    map.set(row.month, sumToMinor(row.amount));
    flowMaps.set(row.account_id, map);
  }
  const inputs: AccountFlows[] = accounts.map((account) => ({
    accountId: account.id,
    currency: account.currency,
    currentBalance: account.currentBalance === null ? 0 : minorFromBigInt(account.currentBalance),
    flowsByMonth: flowMaps.get(account.id) ?? new Map(),
  }));
  const balances = rollBalancesBack(inputs, months);
  const foreign = [...new Set(inputs.map((a) => a.currency).filter((c) => c !== scope.currency))];
  const quotes = foreign.length > 0 ? await loadRateQuotes(scope.userId, [...foreign, scope.currency], `${first}-01`, scope.today) : [];
  const unconverted = new Set<string>();
  const converted: { month: string; balance: number }[] = [];
  for (const entry of balances) {
    if (entry.currency === scope.currency) {
      converted.push(entry);
      continue;
    }
    const conversion = convertWithRates(quotes, entry.balance, entry.currency, scope.currency, monthEnd(entry.month, scope.today));
    if (conversion.amount === null) unconverted.add(entry.currency);
    else converted.push({ month: entry.month, balance: conversion.amount });
  }
  return { currency: scope.currency, points: sumNetWorth(converted, months), unconverted: [...unconverted].sort() };
}
