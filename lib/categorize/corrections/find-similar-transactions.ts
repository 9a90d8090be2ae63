import type { Db } from "@/lib/categorize/category-ids-by-key";
import { toMerchantKey } from "@/lib/categorize/derive-merchant-mappings";
import { merchantOf, type CorrectableRow } from "@/lib/categorize/corrections/describe-category-correction";
import { notFound } from "@/lib/errors";

export interface SimilarTransactions {
  merchant: string;
  /** The category the others would move to: the corrected transaction's own. */
  categoryId: string | null;
  categoryName: string | null;
  /** Rows of the same merchant in another category, excluding ones the user categorized themselves. */
  rows: CorrectableRow[];
}

const ROW = { id: true, description: true, merchantName: true, categoryId: true, categorySource: true } as const;

/**
 * The user's other transactions of the same merchant that "apply to similar" would change.
 * Rows the user set by hand are left out: one explicit choice never silently overrides another.
 */
export async function findSimilarTransactions(db: Db, userId: string, transactionId: string): Promise<SimilarTransactions> {
  const source = await db.transaction.findFirst({
    where: { id: transactionId, userId },
    select: ROW,
  });
  if (!source) throw notFound("Transaction");
  const category = source.categoryId ? await db.category.findFirst({ where: { id: source.categoryId, userId }, select: { name: true } }) : null;
  const merchant = merchantOf(source);
  const key = toMerchantKey(merchant);
  const candidates = await db.transaction.findMany({
    where: {
      userId, id: { not: source.id }, removedAt: null, mergedIntoId: null, categorySource: { not: "user" },
      // Rows categorized since merchant names were stored carry the name; older rows are normalized here.
      OR: [{ merchantName: { equals: merchant, mode: "insensitive" } }, { merchantName: null }],
    },
    select: ROW,
    orderBy: [{ date: "desc" }, { id: "desc" }],
  });
  const rows = key === ""
    ? []
    : candidates.filter((row) => row.categoryId !== source.categoryId && toMerchantKey(merchantOf(row)) === key);
  return { merchant, categoryId: source.categoryId, categoryName: category?.name ?? null, rows };
}
