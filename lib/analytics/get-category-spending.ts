import { prisma } from "@/lib/db";
import type { AnalyticsScope } from "./analytics-scope";
import { classifiedLines, sumToMinor } from "./classified-lines";
import type { DateRange } from "./resolve-date-range";

export const UNCATEGORIZED_LABEL = "Uncategorized";

export interface CategorySpending {
  /** Top-level category id; null for uncategorized spending. */
  categoryId: string | null;
  name: string;
  color: string | null;
  /** Net spending in minor units (refunds subtracted). */
  amount: number;
  lines: number;
}

export interface MonthlyCategorySpending extends CategorySpending {
  month: string;
}

type Row = { top_id: string | null; top_name: string | null; top_color: string | null; spent: string; lines: number };

function toCategory(row: Row): CategorySpending {
  return { categoryId: row.top_id, name: row.top_name ?? UNCATEGORIZED_LABEL, color: row.top_color, amount: sumToMinor(row.spent), lines: Number(row.lines) };
}

/** Spending per top-level category over the range, largest first. */
export async function getCategorySpending(scope: AnalyticsScope, range: Pick<DateRange, "start" | "end">): Promise<CategorySpending[]> {
  const rows = await prisma().$queryRaw<Row[]>`
WITH ${classifiedLines(scope.userId, range.start, range.end, scope.currency)}
SELECT top_id, top_name, top_color, (-sum(amount))::text AS spent, count(*)::int AS lines
  FROM classified
 WHERE kind = 'spending'
 GROUP BY top_id, top_name, top_color
 ORDER BY sum(amount) ASC, top_name ASC`;
  return rows.map(toCategory);
}

/** Spending per top-level category and month ("YYYY-MM"), for stacked charts and comparisons. */
export async function getMonthlyCategorySpending(scope: AnalyticsScope, range: Pick<DateRange, "start" | "end">): Promise<MonthlyCategorySpending[]> {
  const rows = await prisma().$queryRaw<(Row & { month: string })[]>`
WITH ${classifiedLines(scope.userId, range.start, range.end, scope.currency)}
SELECT to_char(date_trunc('month', "date"), 'YYYY-MM') AS month, top_id, top_name, top_color,
       (-sum(amount))::text AS spent, count(*)::int AS lines
  FROM classified
 WHERE kind = 'spending'
 GROUP BY date_trunc('month', "date"), top_id, top_name, top_color
 ORDER BY 1, sum(amount) ASC`;
  return rows.map((row) => ({ month: row.month, ...toCategory(row) }));
}
