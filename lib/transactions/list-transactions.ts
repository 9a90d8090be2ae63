import { z } from "zod";
import type { AnomalyFlag } from "@/lib/anomalies/list-anomaly-flags";
import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
import { categoryExplanation } from "@/lib/categorize/explain-category";
import type { ExplainMessage } from "@/lib/i18n/explain-message";
import { database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";
import { anomalyFlagsSql, toAnomalyFlags } from "@/lib/transactions/anomaly-flags-sql";
import { transactionFilterSql, transactionKeysetSql, transactionOrderSql } from "@/lib/transactions/transaction-filter-sql";
import { SORTS } from "@/lib/transactions/transaction-filters";

export interface TransactionListItem {
  id: string;
  date: string;
  description: string;
  merchantName: string | null;
  amount: number;
  currency: string;
  pending: boolean;
  accountId: string;
  accountName: string;
  categoryId: string | null;
  categoryName: string | null;
  categorySource: "user" | "rule" | "learned" | "builtin" | "provider" | "default";
  categoryConfidence: number | null;
  /** One sentence answering "why this category?". */
  explanation: string;
  /** `explanation` as a catalog message, for the page in the reader's language. */
  explanationMessage: ExplainMessage;
  isTransfer: boolean;
  excluded: boolean;
  split: boolean;
  notes: string | null;
  anomalies: AnomalyFlag[];
}

/** Filters and paging; every option narrows a query that is always scoped by userId. */
export const ListTransactionsOptions = z.object({
  limit: z.number().int().min(1).max(500).default(100),
  /** Keyset cursor for the default order: the last row of the previous page (date desc, id desc). */
  after: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), id: z.string().uuid() }).optional(),
  /** Keyset cursor in any order: a previous page's nextCursor. */
  cursor: z.string().optional(),
  sort: z.enum(SORTS).default("date_desc"),
  accountId: z.string().optional(),
  categoryId: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  minAmount: z.number().int().optional(),
  maxAmount: z.number().int().optional(),
  status: z.enum(["pending", "posted"]).optional(),
  anomaly: z.boolean().optional(),
  q: z.string().optional(),
  /** Totals for the whole filtered set (not just this page); off where nobody shows them. */
  totals: z.boolean().default(false),
});

export interface TransactionTotals {
  count: number;
  /** Per currency: money in, money out (negative) and the net, in minor units. */
  byCurrency: { currency: string; inflow: number; outflow: number; net: number }[];
}

export interface TransactionPage {
  items: TransactionListItem[];
  next: { date: string; id: string } | null;
  nextCursor: string | null;
  totals: TransactionTotals | null;
}

/** A list item as the statement returns it: the amount as BIGINT text, the explanation's inputs, raw flags. */
interface PageRow extends Omit<TransactionListItem, "amount" | "explanation" | "explanationMessage" | "anomalies"> {
  amount: string;
  categorySystemKey: string | null;
  ruleName: string | null;
  flags: unknown;
  /** On one row only when totals were asked for: [{ currency, count, net, outflow }] of the whole filtered set. */
  totals: TotalsRow[] | null;
}

interface TotalsRow {
  currency: string;
  count: number;
  net: string;
  outflow: string;
}

/** Count, money in and money out per currency of the whole filtered set: one pass over it (Transaction_totals_idx). */
function totalsSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
SELECT t.currency, count(*)::int AS count, sum(t.amount)::text AS net, COALESCE(sum(t.amount) FILTER (WHERE t.amount < 0), 0)::text AS outflow
  FROM "Transaction" t
 WHERE ${where}
 GROUP BY t.currency`;
}

/**
 * One page in one statement: the rows (the filter and keyset read one index range), then for those rows
 * only their account and category names, the name of the rule that categorized them (the user's own
 * rules only), whether they are split, and their anomaly badges. With `totalsWhere`, the totals of the
 * filtered set ride along on one row (a JSON array computed once), saving the request a round trip.
 */
function pageSql(userId: string, where: Prisma.Sql, sort: (typeof SORTS)[number], take: number, totalsWhere: Prisma.Sql | null): Prisma.Sql {
  const totals = totalsWhere
    ? Prisma.sql`CASE WHEN row_number() OVER () = 1 THEN (SELECT json_agg(tot ORDER BY tot.currency) FROM (${totalsSql(totalsWhere)}) tot) END`
    : Prisma.sql`NULL::json`;
  return Prisma.sql`
WITH page AS (
  SELECT t.id, t."date", t.description, t."merchantName", t.amount, t.currency, t.pending, t."accountId", t."categoryId", t."categorySource",
         t."categoryConfidence", t."categoryRuleId", t."isTransfer", t.excluded, t.notes
    FROM "Transaction" t
   WHERE ${where}
   ORDER BY ${transactionOrderSql(sort)}
   LIMIT ${take}
), flags AS (${anomalyFlagsSql(userId, Prisma.sql`SELECT id FROM page`)})
SELECT p.id, to_char(p."date", 'YYYY-MM-DD') AS "date", p.description, p."merchantName", p.amount::text AS amount, p.currency, p.pending,
       p."accountId", a.name AS "accountName", p."categoryId", c.name AS "categoryName", c."systemKey" AS "categorySystemKey",
       p."categorySource"::text AS "categorySource", p."categoryConfidence", r.name AS "ruleName", p."isTransfer", p.excluded, p.notes,
       EXISTS (SELECT 1 FROM "TransactionSplit" s WHERE s."transactionId" = p.id) AS split, f.flags, ${totals} AS totals
  FROM page p
  JOIN "Account" a ON a.id = p."accountId"
  LEFT JOIN "Category" c ON c.id = p."categoryId"
  LEFT JOIN "Rule" r ON r.id = p."categoryRuleId" AND r."userId" = ${userId}::uuid
  LEFT JOIN flags f ON f."transactionId" = p.id::text
 ORDER BY ${transactionOrderSql(sort, "p")}`;
}

export async function listTransactions(userId: string, options: z.input<typeof ListTransactionsOptions> = {}): Promise<TransactionPage> {
  const parsed = ListTransactionsOptions.parse(options);
  const { limit, after, cursor, sort } = parsed;
  const where = transactionFilterSql(userId, parsed);
  let paged = where;
  if (cursor) {
    const split = cursor.lastIndexOf("_");
    paged = Prisma.sql`${where} AND ${transactionKeysetSql(sort, cursor.slice(0, split), cursor.slice(split + 1))}`;
  } else if (after) {
    paged = Prisma.sql`${where} AND ${transactionKeysetSql("date_desc", after.date, after.id)}`;
  }
  const { sql } = database();
  const query = pageSql(userId, paged, sort, limit + 1, parsed.totals ? where : null);
  const { rows } = await sql.query<PageRow>(query.text, query.values);
  let totals: TransactionTotals | null = null;
  if (parsed.totals) {
    // An empty page (a cursor past the end) has no row to carry them: then they are a query of their own.
    const carried = rows.find((row) => row.totals !== null)?.totals;
    totals = toTotals(carried ?? (await totalsOf(where)));
  }
  const page = rows.slice(0, limit);
  const items = page.map((row): TransactionListItem => {
    const amount = minorFromBigInt(BigInt(row.amount));
    return {
      id: row.id, date: row.date, description: row.description, merchantName: row.merchantName,
      amount, currency: row.currency, pending: row.pending, accountId: row.accountId, accountName: row.accountName,
      categoryId: row.categoryId, categoryName: row.categoryName, categorySource: row.categorySource, categoryConfidence: row.categoryConfidence,
      ...categoryExplanation(
        { description: row.description, amount, currency: row.currency },
        {
          categoryName: row.categoryName, categoryKey: row.categoryId ? categoryKeyOf({ id: row.categoryId, systemKey: row.categorySystemKey }) : null, source: row.categorySource,
          confidence: row.categoryConfidence, ruleName: row.ruleName, merchant: row.merchantName,
        },
      ),
      isTransfer: row.isTransfer, excluded: row.excluded, split: row.split, notes: row.notes, anomalies: toAnomalyFlags(row.flags),
    };
  });
  const last = page[page.length - 1];
  const hasMore = rows.length > limit && last !== undefined;
  const lastKey = last ? (sort.startsWith("date") ? last.date : last.amount) : "";
  return {
    items,
    next: hasMore && last && sort === "date_desc" ? { date: last.date, id: last.id } : null,
    nextCursor: hasMore && last ? `${lastKey}_${last.id}` : null,
    totals,
  };
}

async function totalsOf(where: Prisma.Sql): Promise<TotalsRow[]> {
  const query = Prisma.sql`${totalsSql(where)} ORDER BY t.currency`;
  return (await database().sql.query<TotalsRow>(query.text, query.values)).rows;
}

function toTotals(rows: TotalsRow[]): TransactionTotals {
  return {
    count: rows.reduce((sum, row) => sum + row.count, 0),
    byCurrency: rows.map((row) => {
      const net = minorFromBigInt(BigInt(row.net));
      const outflow = minorFromBigInt(BigInt(row.outflow));
      return { currency: row.currency, inflow: net - outflow, outflow, net };
    }),
  };
}
