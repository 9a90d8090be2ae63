import { z } from "zod";
import { listAnomalyFlags, type AnomalyFlag } from "@/lib/anomalies/list-anomaly-flags";
import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
import { explainCategory } from "@/lib/categorize/explain-category";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";
import { SORTS, type TransactionFilters } from "@/lib/transactions/transaction-filters";

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

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** The filtered set, without paging: shared by the list, its totals and bulk actions. */
export function filteredWhere(userId: string, filters: Partial<TransactionFilters> | z.output<typeof ListTransactionsOptions>): Prisma.TransactionWhereInput {
  const and: Prisma.TransactionWhereInput[] = [];
  const where: Prisma.TransactionWhereInput = { userId, mergedIntoId: null, removedAt: null, AND: and };
  if (filters.accountId) where.accountId = filters.accountId;
  if (filters.categoryId) where.categoryId = filters.categoryId === "none" ? null : filters.categoryId;
  if (filters.from || filters.to) where.date = { ...(filters.from ? { gte: day(filters.from) } : {}), ...(filters.to ? { lte: day(filters.to) } : {}) };
  if (filters.minAmount !== undefined || filters.maxAmount !== undefined) {
    where.amount = { ...(filters.minAmount !== undefined ? { gte: BigInt(filters.minAmount) } : {}), ...(filters.maxAmount !== undefined ? { lte: BigInt(filters.maxAmount) } : {}) };
  }
  if (filters.status) where.pending = filters.status === "pending";
  if (filters.anomaly !== undefined) {
    and.push({ anomalies: filters.anomaly ? { some: { status: { in: ["open", "problem"] } } } : { none: { status: { in: ["open", "problem"] } } } });
  }
  if (filters.q) {
    // Prisma's `contains` becomes ILIKE '%q%' without escaping, so "%" or "_" typed by the user would be wildcards.
    const q = filters.q.replace(/[\\%_]/g, "\\$&");
    and.push({ OR: [{ description: { contains: q, mode: "insensitive" } }, { merchantName: { contains: q, mode: "insensitive" } }] });
  }
  return where;
}

/** Keyset condition: rows strictly after (key, id) in the sort order, so pages never skip or repeat. */
function afterCursor(sort: (typeof SORTS)[number], key: string, id: string): Prisma.TransactionWhereInput {
  const descending = sort.endsWith("desc");
  const op = descending ? "lt" : "gt";
  if (sort.startsWith("date")) {
    const date = day(key);
    return { OR: [{ date: { [op]: date } }, { date, id: { [op]: id } }] };
  }
  const amount = BigInt(key);
  return { OR: [{ amount: { [op]: amount } }, { amount, id: { [op]: id } }] };
}

export async function listTransactions(userId: string, options: z.input<typeof ListTransactionsOptions> = {}): Promise<TransactionPage> {
  const parsed = ListTransactionsOptions.parse(options);
  const { limit, after, cursor, sort } = parsed;
  const base = filteredWhere(userId, parsed);
  const and = base.AND as Prisma.TransactionWhereInput[];
  const paged: Prisma.TransactionWhereInput = { ...base, AND: [...and] };
  if (cursor) {
    const split = cursor.lastIndexOf("_");
    (paged.AND as Prisma.TransactionWhereInput[]).push(afterCursor(sort, cursor.slice(0, split), cursor.slice(split + 1)));
  } else if (after) {
    (paged.AND as Prisma.TransactionWhereInput[]).push(afterCursor("date_desc", after.date, after.id));
  }
  const direction = sort.endsWith("desc") ? "desc" : "asc";
  const orderBy: Prisma.TransactionOrderByWithRelationInput[] = sort.startsWith("date") ? [{ date: direction }, { id: direction }] : [{ amount: direction }, { id: direction }];
  const [rows, totals] = await Promise.all([
    prisma().transaction.findMany({
      where: paged,
      orderBy,
      take: limit + 1,
      select: {
        id: true, date: true, description: true, merchantName: true, amount: true, currency: true, pending: true, accountId: true,
        categoryId: true, categorySource: true, categoryConfidence: true, categoryRuleId: true, isTransfer: true, excluded: true, notes: true,
        category: { select: { id: true, name: true, systemKey: true } }, account: { select: { name: true } }, _count: { select: { splits: true } },
      },
    }),
    parsed.totals ? totalsOf(base) : Promise.resolve(null),
  ]);
  const page = rows.slice(0, limit);
  const ruleIds = [...new Set(page.map((row) => row.categoryRuleId).filter((id): id is string => id !== null))];
  const [rules, flags] = await Promise.all([
    ruleIds.length === 0 ? Promise.resolve([]) : prisma().rule.findMany({ where: { userId, id: { in: ruleIds } }, select: { id: true, name: true } }),
    listAnomalyFlags(userId, page.map((row) => row.id)),
  ]);
  const ruleNames = new Map(rules.map((rule) => [rule.id, rule.name]));
  const items = page.map((row): TransactionListItem => {
    const amount = minorFromBigInt(row.amount);
    return {
      id: row.id, date: row.date.toISOString().slice(0, 10), description: row.description, merchantName: row.merchantName,
      amount, currency: row.currency, pending: row.pending, accountId: row.accountId, accountName: row.account.name,
      categoryId: row.categoryId, categoryName: row.category?.name ?? null, categorySource: row.categorySource, categoryConfidence: row.categoryConfidence,
      explanation: explainCategory(
        { description: row.description, amount, currency: row.currency },
        {
          categoryName: row.category?.name ?? null, categoryKey: row.category ? categoryKeyOf(row.category) : null, source: row.categorySource,
          confidence: row.categoryConfidence, ruleName: row.categoryRuleId ? (ruleNames.get(row.categoryRuleId) ?? null) : null, merchant: row.merchantName,
        },
      ),
      isTransfer: row.isTransfer, excluded: row.excluded, split: row._count.splits > 0, notes: row.notes, anomalies: flags[row.id] ?? [],
    };
  });
  const last = page[page.length - 1];
  const hasMore = rows.length > limit && last !== undefined;
  const lastDate = last ? last.date.toISOString().slice(0, 10) : "";
  const lastKey = last ? (sort.startsWith("date") ? lastDate : String(last.amount)) : "";
  return {
    items,
    next: hasMore && last && sort === "date_desc" ? { date: lastDate, id: last.id } : null,
    nextCursor: hasMore && last ? `${lastKey}_${last.id}` : null,
    totals,
  };
}

async function totalsOf(where: Prisma.TransactionWhereInput): Promise<TransactionTotals> {
  const [all, outflows] = await Promise.all([
    prisma().transaction.groupBy({ by: ["currency"], where, _count: { _all: true }, _sum: { amount: true }, orderBy: { currency: "asc" } }),
    prisma().transaction.groupBy({ by: ["currency"], where: { AND: [where, { amount: { lt: 0n } }] }, _sum: { amount: true }, orderBy: { currency: "asc" } }),
  ]);
  const out = new Map(outflows.map((row) => [row.currency, minorFromBigInt(row._sum.amount ?? 0n)]));
  return {
    count: all.reduce((sum, row) => sum + row._count._all, 0),
    byCurrency: all.map((row) => {
      const net = minorFromBigInt(row._sum.amount ?? 0n);
      const outflow = out.get(row.currency) ?? 0;
      return { currency: row.currency, inflow: net - outflow, outflow, net };
    }),
  };
}
