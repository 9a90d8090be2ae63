import { Prisma } from "@/lib/generated/prisma/client";
import type { CalendarDate } from "@/lib/schedules/calendar-date";

/**
 * The one definition of "what counts" behind every analytics figure, as a CTE named `classified`.
 * A line is a transaction, or each of its TransactionSplit rows when it has any (LEFT JOIN: one row
 * per split, or the transaction itself with NULL split columns). Never counted: merged-away or
 * removed rows, transfers between the user's own accounts, rows the user excluded, and amounts in
 * another currency than the report's (amounts are not converted, so nothing is summed across
 * currencies). Each line gets its top-level category and a kind:
 *   transfer  the Transfers category tree (card payments, moves between accounts)
 *   income    the Income tree, and uncategorized inflows (most likely income, not a refund)
 *   spending  everything else; a categorized refund is a positive spending line and so reduces it
 * Always parameterized and scoped by userId on both the transactions and the categories.
 */
export function classifiedLines(userId: string, start: CalendarDate, end: CalendarDate, currency: string): Prisma.Sql {
  return Prisma.sql`
lines AS (
  SELECT t.id AS transaction_id, t."date", t.description, COALESCE(s.amount, t.amount) AS amount, COALESCE(s."categoryId", t."categoryId") AS category_id,
         COALESCE(NULLIF(btrim(t."merchantName"), ''), t.description) AS merchant
    FROM "Transaction" t
    LEFT JOIN "TransactionSplit" s ON s."transactionId" = t.id AND s."userId" = ${userId}::uuid
   WHERE t."userId" = ${userId}::uuid
     AND t."date" >= ${start}::date AND t."date" < ${end}::date
     AND t.currency = ${currency}
     AND t."mergedIntoId" IS NULL AND t."removedAt" IS NULL
     AND NOT t."isTransfer" AND NOT t.excluded
),
cats AS (
  SELECT c.id, COALESCE(p.id, c.id) AS top_id, COALESCE(p.name, c.name) AS top_name,
         COALESCE(p."systemKey", c."systemKey") AS top_key, COALESCE(p.color, c.color) AS top_color
    FROM "Category" c LEFT JOIN "Category" p ON p.id = c."parentId" AND p."userId" = ${userId}::uuid
   WHERE c."userId" = ${userId}::uuid
),
classified AS (
  SELECT l.transaction_id, l."date", l.description, l.amount, l.merchant, cats.top_id, cats.top_name, cats.top_color,
         CASE WHEN cats.top_key = 'transfers' THEN 'transfer'
              WHEN cats.top_key = 'income' OR (l.category_id IS NULL AND l.amount > 0) THEN 'income'
              ELSE 'spending' END AS kind
    FROM lines l LEFT JOIN cats ON cats.id = l.category_id
)`;
}

/** SUM(...)::text from PostgreSQL, read as exact minor units. */
export function sumToMinor(value: string | null | bigint | number): number {
  if (value === null) return 0;
  const big = typeof value === "bigint" ? value : BigInt(typeof value === "number" ? Math.trunc(value) : value);
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError(`${big} minor units is beyond the safe integer range`);
  return Number(big);
}
