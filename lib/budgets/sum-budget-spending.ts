import type { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarDate } from "@/lib/schedules/calendar-date";

/** One budget over one period: the unit the database sums. */
export interface SpendingWindow {
  /** Caller's key for the result, e.g. "<budgetId>:<periodStart>". */
  key: string;
  budgetId: string;
  start: CalendarDate;
  /** Exclusive. */
  end: CalendarDate;
  currency: string;
  includePending: boolean;
  /** Total budgets count every spending category; others only their BudgetCategory rows and those rows' children. */
  isTotal: boolean;
}

export interface WindowSum {
  /** Signed net of the counted lines: negative is net spending, positive net refunds. */
  net: bigint;
  lines: number;
}

/** Raw SQL needs only the query method, so both a Prisma client and a transaction client work. */
export type SqlReader = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/*
 * Lines are the transaction itself, or its TransactionSplit rows when it has any (each split carries
 * its own category and signed amount). Never counted: merged-away or removed rows, transfers between
 * the user's own accounts, excluded rows, other currencies (the budget is in the home currency and
 * is not converted here), pending rows when the budget says so. Total budgets also skip the Income
 * and Transfers category trees and uncategorized inflows (most likely income, not a refund), so a
 * salary does not cancel a month's spending while a categorized refund still reduces it.
 * One statement over the user's (userId, date) index for all windows at once.
 */
const SUM_SQL = `
WITH w AS (
  SELECT * FROM unnest($2::text[], $3::uuid[], $4::date[], $5::date[], $6::text[], $7::boolean[], $8::boolean[])
    AS w(key, budget_id, start_date, end_date, currency, include_pending, is_total)
),
scope AS (
  SELECT bc."budgetId" AS budget_id, bc."categoryId" AS category_id
    FROM "BudgetCategory" bc JOIN "Budget" b ON b.id = bc."budgetId" AND b."userId" = $1::uuid
   WHERE bc."budgetId" IN (SELECT budget_id FROM w)
  UNION
  SELECT bc."budgetId", c.id
    FROM "BudgetCategory" bc
    JOIN "Budget" b ON b.id = bc."budgetId" AND b."userId" = $1::uuid
    JOIN "Category" c ON c."parentId" = bc."categoryId" AND c."userId" = $1::uuid
   WHERE bc."budgetId" IN (SELECT budget_id FROM w)
),
not_spending AS (
  SELECT c.id FROM "Category" c LEFT JOIN "Category" p ON p.id = c."parentId"
   WHERE c."userId" = $1::uuid
     AND (c."systemKey" IN ('income', 'transfers') OR p."systemKey" IN ('income', 'transfers'))
),
tx AS (
  SELECT t.id, t."date", t.pending, t.currency, t."categoryId", t.amount
    FROM "Transaction" t
   WHERE t."userId" = $1::uuid
     AND t."date" >= (SELECT min(start_date) FROM w) AND t."date" < (SELECT max(end_date) FROM w)
     AND t."mergedIntoId" IS NULL AND t."removedAt" IS NULL
     AND NOT t."isTransfer" AND NOT t.excluded
),
lines AS (
  SELECT tx."date", tx.pending, tx.currency, s."categoryId" AS category_id, s.amount
    FROM tx JOIN "TransactionSplit" s ON s."transactionId" = tx.id AND s."userId" = $1::uuid
  UNION ALL
  SELECT tx."date", tx.pending, tx.currency, tx."categoryId", tx.amount
    FROM tx
   WHERE NOT EXISTS (SELECT 1 FROM "TransactionSplit" s WHERE s."transactionId" = tx.id)
)
SELECT w.key, COALESCE(sum(l.amount), 0)::text AS net, count(l.amount)::int AS lines
  FROM w
  LEFT JOIN lines l
    ON l."date" >= w.start_date AND l."date" < w.end_date
   AND l.currency = w.currency
   AND (w.include_pending OR NOT l.pending)
   AND (
     (w.is_total AND (l.category_id IS NULL AND l.amount < 0 OR l.category_id NOT IN (SELECT id FROM not_spending)))
     OR (NOT w.is_total AND EXISTS (SELECT 1 FROM scope WHERE scope.budget_id = w.budget_id AND scope.category_id = l.category_id))
   )
 GROUP BY w.key`;

/** Net amount per window, summed by the database rather than by loading rows. */
export async function sumBudgetSpending(db: SqlReader, userId: string, windows: readonly SpendingWindow[]): Promise<Map<string, WindowSum>> {
  const result = new Map<string, WindowSum>();
  if (windows.length === 0) return result;
  const rows = await db.$queryRawUnsafe<{ key: string; net: string; lines: number }[]>(
    SUM_SQL,
    userId,
    windows.map((w) => w.key),
    windows.map((w) => w.budgetId),
    windows.map((w) => w.start),
    windows.map((w) => w.end),
    windows.map((w) => w.currency),
    windows.map((w) => w.includePending),
    windows.map((w) => w.isTotal),
  );
  for (const row of rows) result.set(row.key, { net: BigInt(row.net), lines: Number(row.lines) });
  return result;
}
