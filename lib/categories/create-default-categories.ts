import { DEFAULT_CATEGORIES } from "@/lib/categorize/default-categories";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Gives a new user their own copy of the system categories, so they can rename and nest them freely. */
export async function createDefaultCategories(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const topLevel = DEFAULT_CATEGORIES.filter((category) => category.parentKey === null);
  await tx.category.createMany({ data: topLevel.map((category) => ({ userId, name: category.name, systemKey: category.key })) });
  const parents = await tx.category.findMany({ where: { userId, systemKey: { in: topLevel.map((c) => c.key) } }, select: { id: true, systemKey: true } });
  const parentIdByKey = new Map(parents.map((parent) => [parent.systemKey, parent.id]));
  await tx.category.createMany({
    data: DEFAULT_CATEGORIES.filter((category) => category.parentKey !== null).map((category) => ({
      userId,
      name: category.name,
      systemKey: category.key,
      parentId: parentIdByKey.get(category.parentKey) ?? null,
    })),
  });
}
