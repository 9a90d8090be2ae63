import { prisma } from "@/lib/db";
import { convertWithRates, type Conversion } from "@/lib/exchange-rates/convert-with-rates";
import { loadRateQuotes } from "@/lib/exchange-rates/load-rate-quotes";
import { getManualTransactions, type ManualTransaction } from "@/lib/manual-transactions/get-manual-transactions";
import { minorFromBigInt } from "@/lib/money";
import { addDays } from "@/lib/schedules/calendar-date";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { buildBalanceHistory, type BalancePoint } from "./build-balance-history";
import { getAccount, type AccountSummary } from "./list-accounts";

export interface AccountDetail {
  account: AccountSummary & { openingBalance: number; archived: boolean };
  homeCurrency: string;
  today: string;
  /** The balance today in the home currency, at today's rate. */
  balanceInHome: Conversion | null;
  transactions: (ManualTransaction & { inHome: Conversion })[];
  /** How many listed transactions could not be converted (no rate within tolerance). */
  missingRates: number;
  history: BalancePoint[];
}

export const HISTORY_DAYS = 90;

/** One account's page: its latest transactions converted at each one's own date, and a balance history. */
export async function getAccountDetail(userId: string, accountId: string, now = new Date(), limit = 100): Promise<AccountDetail> {
  const summary = await getAccount(userId, accountId);
  const db = prisma();
  const [user, extra] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { homeCurrency: true, timeZone: true } }),
    db.account.findUniqueOrThrow({ where: { id: accountId }, select: { openingBalance: true, archivedAt: true } }),
  ]);
  const today = getLocalDate(now, user.timeZone);
  const ids = await db.transaction.findMany({
    where: { userId, accountId, removedAt: null, mergedIntoId: null },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true },
  });
  const transactions = await getManualTransactions(userId, ids.map((row) => row.id));
  const oldest = transactions.at(-1)?.date ?? today;
  const quotes = await loadRateQuotes(userId, [summary.currency, user.homeCurrency], oldest < today ? oldest : today, today);
  const converted = transactions.map((tx) => ({ ...tx, inHome: convertWithRates(quotes, tx.amount, tx.currency, user.homeCurrency, tx.date) }));

  const from = addDays(today, -(HISTORY_DAYS - 1));
  let history: BalancePoint[] = [];
  if (summary.currentBalance !== null) {
    const live = { accountId, removedAt: null, mergedIntoId: null };
    const [future, daily] = await Promise.all([
      db.transaction.aggregate({ where: { ...live, date: { gt: new Date(`${today}T00:00:00Z`) } }, _sum: { amount: true } }),
      db.transaction.groupBy({ by: ["date"], where: { ...live, date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${today}T00:00:00Z`) } }, _sum: { amount: true } }),
    ]);
    const totals = new Map(daily.map((row) => [row.date.toISOString().slice(0, 10), minorFromBigInt(row._sum.amount ?? 0n)]));
    history = buildBalanceHistory(summary.currentBalance - minorFromBigInt(future._sum.amount ?? 0n), totals, from, today);
  }
  return {
    account: { ...summary, openingBalance: minorFromBigInt(extra.openingBalance), archived: extra.archivedAt !== null },
    homeCurrency: user.homeCurrency,
    today,
    balanceInHome: summary.currentBalance === null ? null : convertWithRates(quotes, summary.currentBalance, summary.currency, user.homeCurrency, today),
    transactions: converted,
    missingRates: converted.filter((tx) => tx.inHome.amount === null).length,
    history,
  };
}
