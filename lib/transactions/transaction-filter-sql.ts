import { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionSort } from "@/lib/transactions/transaction-filters";

/** The list's filters once parsed: calendar dates as YYYY-MM-DD, amounts as signed integer minor units. */
export interface TransactionFilterValues {
  accountId?: string;
  /** A category id, or "none" for uncategorized rows. */
  categoryId?: string;
  from?: string;
  to?: string;
  minAmount?: number;
  maxAmount?: number;
  status?: "pending" | "posted";
  anomaly?: boolean;
  q?: string;
}

/**
 * The filtered set as a WHERE condition on `"Transaction" t`, always scoped by userId and never
 * showing merged-away or removed rows. Raw SQL rather than a Prisma filter: the list's page and its
 * totals are each one statement, where Prisma sent a query per relation and two for the totals.
 * Every value is a bind parameter; amounts go as text and are cast, so they never pass through a float.
 */
export function transactionFilterSql(userId: string, filters: TransactionFilterValues): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`t."userId" = ${userId}::uuid`, Prisma.sql`t."mergedIntoId" IS NULL`, Prisma.sql`t."removedAt" IS NULL`];
  if (filters.accountId) conditions.push(Prisma.sql`t."accountId" = ${filters.accountId}::uuid`);
  if (filters.categoryId === "none") conditions.push(Prisma.sql`t."categoryId" IS NULL`);
  else if (filters.categoryId) conditions.push(Prisma.sql`t."categoryId" = ${filters.categoryId}::uuid`);
  if (filters.from) conditions.push(Prisma.sql`t."date" >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`t."date" <= ${filters.to}::date`);
  if (filters.minAmount !== undefined) conditions.push(Prisma.sql`t.amount >= ${String(filters.minAmount)}::bigint`);
  if (filters.maxAmount !== undefined) conditions.push(Prisma.sql`t.amount <= ${String(filters.maxAmount)}::bigint`);
  if (filters.status) conditions.push(Prisma.sql`t.pending = ${filters.status === "pending"}`);
  if (filters.anomaly !== undefined) {
    // The anomaly filter asks about findings attached to the row itself (Anomaly.transactionId) that still need a look.
    const flagged = Prisma.sql`EXISTS (SELECT 1 FROM "Anomaly" an WHERE an."transactionId" = t.id AND an.status IN ('open', 'problem'))`;
    conditions.push(filters.anomaly ? flagged : Prisma.sql`NOT ${flagged}`);
  }
  if (filters.q) {
    // A substring match, so LIKE's own wildcards and its escape character typed by the user are escaped
    // (backslash is ILIKE's default escape). The trigram GIN indexes led by userId serve both columns.
    const pattern = `%${filters.q.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(Prisma.sql`(t.description ILIKE ${pattern} OR t."merchantName" ILIKE ${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The sort's ORDER BY on alias `t` (or another alias holding the same columns); id breaks ties so the keyset is total. */
export function transactionOrderSql(sort: TransactionSort, alias = "t"): Prisma.Sql {
  const direction = sort.endsWith("desc") ? "DESC" : "ASC";
  const key = sort.startsWith("date") ? `"date"` : "amount";
  return Prisma.raw(`${alias}.${key} ${direction}, ${alias}.id ${direction}`);
}

/**
 * Keyset condition: rows strictly after (key, id) in the sort order, so pages never skip or repeat.
 * A row comparison rather than `key < k OR (key = k AND id < i)`: PostgreSQL reads it as one range
 * of the (userId, date, id) or (userId, amount, id) index, where the OR form scanned the user's rows.
 */
export function transactionKeysetSql(sort: TransactionSort, key: string, id: string): Prisma.Sql {
  const after = sort.endsWith("desc") ? Prisma.raw("<") : Prisma.raw(">");
  return sort.startsWith("date")
    ? Prisma.sql`(t."date", t.id) ${after} (${key}::date, ${id}::uuid)`
    : Prisma.sql`(t.amount, t.id) ${after} (${key}::bigint, ${id}::uuid)`;
}
