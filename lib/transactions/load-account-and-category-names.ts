import type { Db } from "@/lib/categorize/category-ids-by-key";

export interface AccountAndCategoryNames {
  /** The account's name ("" for an id that is not the user's). */
  accountName(accountId: string): string;
  /** The category's name, or null for none (or an id that is not the user's). */
  categoryName(categoryId: string | null): string | null;
}

/**
 * The user's account and category names by id. A Transaction holds both as plain ids (no Prisma relation:
 * the references are checked by statement-level triggers, see schema.prisma), and a user has tens of
 * each, so a page of transactions reads them once instead of joining per row.
 */
export async function loadAccountAndCategoryNames(db: Db, userId: string): Promise<AccountAndCategoryNames> {
  const [accounts, categories] = await Promise.all([
    db.account.findMany({ where: { userId }, select: { id: true, name: true } }),
    db.category.findMany({ where: { userId }, select: { id: true, name: true } }),
  ]);
  const accountNames = new Map(accounts.map((a) => [a.id, a.name]));
  const categoryNames = new Map(categories.map((c) => [c.id, c.name]));
  return {
    accountName: (accountId) => accountNames.get(accountId) ?? "",
    categoryName: (categoryId) => (categoryId === null ? null : (categoryNames.get(categoryId) ?? null)),
  };
}
