import { prisma } from "@/lib/db";
import { minorFromBigInt } from "@/lib/money";
import { loadAccountAndCategoryNames } from "./load-account-and-category-names";

export interface RecentTransaction {
  id: string;
  date: string;
  description: string;
  merchantName: string | null;
  amount: number;
  currency: string;
  pending: boolean;
  categoryName: string | null;
  accountName: string;
}

export async function listRecentTransactions(userId: string, limit = 10): Promise<RecentTransaction[]> {
  const rows = await prisma().transaction.findMany({
    where: { userId, mergedIntoId: null, removedAt: null },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true, date: true, description: true, merchantName: true, amount: true, currency: true, pending: true,
      categoryId: true, accountId: true,
    },
  });
  const names = await loadAccountAndCategoryNames(prisma(), userId);
  return rows.map((row) => ({
    id: row.id, date: row.date.toISOString().slice(0, 10), description: row.description, merchantName: row.merchantName,
    amount: minorFromBigInt(row.amount), currency: row.currency, pending: row.pending,
    categoryName: names.categoryName(row.categoryId), accountName: names.accountName(row.accountId),
  }));
}
