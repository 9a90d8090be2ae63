import { getTopLevelCategoryKey } from "@/lib/categorize/default-categories";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = Prisma.TransactionClient | PrismaClient;

/**
 * The key the categorizer, rules and corrections use for a stored category: the system key for
 * a default ("coffee_shops"), the row id for a category the user made. Rules therefore keep
 * working when the user renames a category, and a user-made category is addressable by rules.
 */
export function categoryKeyOf(category: { id: string; systemKey: string | null }): string {
  return category.systemKey ?? category.id;
}

/** Maps every key of the user's categories (system keys and the ids of their own) to Category.id. */
export async function categoryIdsByKey(db: Db, userId: string): Promise<Map<string, string>> {
  const rows = await db.category.findMany({ where: { userId }, select: { id: true, systemKey: true } });
  return new Map(rows.map((row) => [categoryKeyOf(row), row.id]));
}

/**
 * The category id for a key, degrading to the key's top-level parent and then to Other when the
 * user deleted the category a rule or the lexicon names: a transaction never loses its category.
 */
export function resolveCategoryId(ids: ReadonlyMap<string, string>, key: string): string | null {
  return ids.get(key) ?? ids.get(getTopLevelCategoryKey(key)) ?? ids.get("other") ?? null;
}
