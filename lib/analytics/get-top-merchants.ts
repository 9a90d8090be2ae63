import { prisma } from "@/lib/db";
import type { AnalyticsScope } from "./analytics-scope";
import { classifiedLines, sumToMinor } from "./classified-lines";
import type { DateRange } from "./resolve-date-range";

export interface MerchantSpending {
  /** The merchant name, or the bank's description when no merchant was recognised. */
  merchant: string;
  amount: number;
  count: number;
}

/** The merchants the user spent most with over the range (net of refunds). */
export async function getTopMerchants(scope: AnalyticsScope, range: Pick<DateRange, "start" | "end">, limit = 10): Promise<MerchantSpending[]> {
  const rows = await prisma().$queryRaw<{ merchant: string; spent: string; count: number }[]>`
WITH ${classifiedLines(scope.userId, range.start, range.end, scope.currency)}
SELECT merchant, (-sum(amount))::text AS spent, count(DISTINCT transaction_id)::int AS count
  FROM classified
 WHERE kind = 'spending'
 GROUP BY merchant
HAVING sum(amount) < 0
 ORDER BY sum(amount) ASC, merchant ASC
 LIMIT ${limit}`;
  return rows.map((row) => ({ merchant: row.merchant, amount: sumToMinor(row.spent), count: Number(row.count) }));
}

export interface MerchantDetail {
  merchant: string;
  months: { month: string; amount: number; count: number }[];
  transactions: { id: string; date: string; description: string; amount: number }[];
  total: number;
  count: number;
}

/** One merchant's spending by month and its latest transactions within the range. */
export async function getMerchantDetail(scope: AnalyticsScope, range: Pick<DateRange, "start" | "end">, merchant: string): Promise<MerchantDetail> {
  const [months, transactions] = await Promise.all([
    prisma().$queryRaw<{ month: string; spent: string; count: number }[]>`
WITH ${classifiedLines(scope.userId, range.start, range.end, scope.currency)}
SELECT to_char(date_trunc('month', "date"), 'YYYY-MM') AS month, (-sum(amount))::text AS spent, count(DISTINCT transaction_id)::int AS count
  FROM classified
 WHERE kind = 'spending' AND merchant = ${merchant}
 GROUP BY date_trunc('month', "date") ORDER BY 1`,
    prisma().$queryRaw<{ id: string; date: string; description: string; amount: string }[]>`
WITH ${classifiedLines(scope.userId, range.start, range.end, scope.currency)}
SELECT transaction_id AS id, to_char("date", 'YYYY-MM-DD') AS date, description, sum(amount)::text AS amount
  FROM classified
 WHERE kind = 'spending' AND merchant = ${merchant}
 GROUP BY transaction_id, "date", description
 ORDER BY "date" DESC, transaction_id DESC
 LIMIT 50`,
  ]);
  const monthRows = months.map((row) => ({ month: row.month, amount: sumToMinor(row.spent), count: Number(row.count) }));
  return {
    merchant,
    months: monthRows,
    transactions: transactions.map((row) => ({ id: row.id, date: row.date, description: row.description, amount: sumToMinor(row.amount) })),
    total: monthRows.reduce((sum, row) => sum + row.amount, 0),
    count: monthRows.reduce((sum, row) => sum + row.count, 0),
  };
}
