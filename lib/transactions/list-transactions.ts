import { z } from "zod";
import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
import { explainCategory } from "@/lib/categorize/explain-category";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";

export interface TransactionListItem {
  id: string;
  date: string;
  description: string;
  merchantName: string | null;
  amount: number;
  currency: string;
  pending: boolean;
  accountName: string;
  categoryId: string | null;
  categoryName: string | null;
  categorySource: "user" | "rule" | "learned" | "builtin" | "provider" | "default";
  categoryConfidence: number | null;
  /** One sentence answering "why this category?". */
  explanation: string;
}

/** Filters and paging grow here; every option narrows a query that is always scoped by userId. */
export const ListTransactionsOptions = z.object({
  limit: z.number().int().min(1).max(500).default(100),
  /** Keyset cursor: the last row of the previous page (date desc, id desc). */
  after: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), id: z.string().uuid() }).optional(),
});

export interface TransactionPage {
  items: TransactionListItem[];
  next: { date: string; id: string } | null;
}

export async function listTransactions(userId: string, options: z.input<typeof ListTransactionsOptions> = {}): Promise<TransactionPage> {
  const { limit, after } = ListTransactionsOptions.parse(options);
  const where: Prisma.TransactionWhereInput = { userId, mergedIntoId: null, removedAt: null };
  if (after) {
    const date = new Date(`${after.date}T00:00:00Z`);
    where.OR = [{ date: { lt: date } }, { date, id: { lt: after.id } }];
  }
  const rows = await prisma().transaction.findMany({
    where,
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true, date: true, description: true, merchantName: true, amount: true, currency: true, pending: true,
      categoryId: true, categorySource: true, categoryConfidence: true, categoryRuleId: true,
      category: { select: { id: true, name: true, systemKey: true } }, account: { select: { name: true } },
    },
  });
  const page = rows.slice(0, limit);
  const ruleIds = [...new Set(page.map((row) => row.categoryRuleId).filter((id): id is string => id !== null))];
  const rules = ruleIds.length === 0 ? [] : await prisma().rule.findMany({ where: { userId, id: { in: ruleIds } }, select: { id: true, name: true } });
  const ruleNames = new Map(rules.map((rule) => [rule.id, rule.name]));
  const items = page.map((row): TransactionListItem => {
    const amount = minorFromBigInt(row.amount);
    return {
      id: row.id, date: row.date.toISOString().slice(0, 10), description: row.description, merchantName: row.merchantName,
      amount, currency: row.currency, pending: row.pending, accountName: row.account.name,
      categoryId: row.categoryId, categoryName: row.category?.name ?? null, categorySource: row.categorySource, categoryConfidence: row.categoryConfidence,
      explanation: explainCategory(
        { description: row.description, amount, currency: row.currency },
        {
          categoryName: row.category?.name ?? null, categoryKey: row.category ? categoryKeyOf(row.category) : null, source: row.categorySource,
          confidence: row.categoryConfidence, ruleName: row.categoryRuleId ? (ruleNames.get(row.categoryRuleId) ?? null) : null, merchant: row.merchantName,
        },
      ),
    };
  });
  const last = page[page.length - 1];
  return { items, next: rows.length > limit && last ? { date: last.date.toISOString().slice(0, 10), id: last.id } : null };
}
