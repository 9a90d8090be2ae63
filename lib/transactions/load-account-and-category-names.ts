import type { Db } from "@/lib/categorize/category-ids-by-key";

export interface AccountAndCategoryNames {
  account: ReadonlyMap<string, string>;
  category: ReadonlyMap<string, string>;
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
  return { account: new Map(accounts.map((a) => [a.id, a.name])), category: new Map(categories.map((c) => [c.id, c.name])) };
}
