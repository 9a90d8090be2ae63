import { prisma } from "@/lib/db";
import type { AnalyticsScope } from "./analytics-scope";
import { classifiedLines, sumToMinor } from "./classified-lines";
import { monthsInRange, type DateRange } from "./resolve-date-range";

export interface MonthlyCashFlow {
  /** "YYYY-MM" */
  month: string;
  /** Money in and out, transfers left out; minor units, both non-negative. */
  inflow: number;
  outflow: number;
  /** inflow - outflow */
  net: number;
  /** Income lines (Income tree and uncategorized inflows). */
  income: number;
  /** Spending net of categorized refunds; negative when refunds exceed spending. */
  spending: number;
}

type Row = { month: string; inflow: string; outflow: string; income: string; spending: string };

/** One row per month of the range, zero-filled, from one GROUP BY month over the user's lines. */
export async function getMonthlyCashFlow(scope: AnalyticsScope, range: Pick<DateRange, "start" | "last" | "end">): Promise<MonthlyCashFlow[]> {
  const rows = await prisma().$queryRaw<Row[]>`
WITH ${classifiedLines(scope.userId, range.start, range.end, scope.currency)}
SELECT to_char(date_trunc('month', "date"), 'YYYY-MM') AS month,
       COALESCE(sum(amount) FILTER (WHERE amount > 0 AND kind <> 'transfer'), 0)::text AS inflow,
       COALESCE(-sum(amount) FILTER (WHERE amount < 0 AND kind <> 'transfer'), 0)::text AS outflow,
       COALESCE(sum(amount) FILTER (WHERE kind = 'income'), 0)::text AS income,
       COALESCE(-sum(amount) FILTER (WHERE kind = 'spending'), 0)::text AS spending
  FROM classified
 GROUP BY date_trunc('month', "date")`;
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsInRange(range.start, range.last).map((month) => {
    const row = byMonth.get(month);
    const inflow = sumToMinor(row?.inflow ?? "0");
    const outflow = sumToMinor(row?.outflow ?? "0");
    return { month, inflow, outflow, net: inflow - outflow, income: sumToMinor(row?.income ?? "0"), spending: sumToMinor(row?.spending ?? "0") };
  });
}

/** Totals of a series, for the range as a whole. */
export function totalCashFlow(months: readonly MonthlyCashFlow[]): Omit<MonthlyCashFlow, "month"> {
  const total = { inflow: 0, outflow: 0, net: 0, income: 0, spending: 0 };
  for (const m of months) {
    total.inflow += m.inflow;
    total.outflow += m.outflow;
    total.net += m.net;
    total.income += m.income;
    total.spending += m.spending;
  }
  return total;
}
