import { categoryKeyOf, type Db } from "@/lib/categorize/category-ids-by-key";
import { trainModel, type TrainingExample } from "@/lib/categorize/train-model";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";

/**
 * Retrains the user's naive Bayes model from the transactions they categorized themselves.
 * Training is counting, linear in examples, so it runs from scratch after every correction.
 */
export async function retrainCategoryModel(db: Db, userId: string): Promise<{ examples: number }> {
  const rows = await db.transaction.findMany({
    where: { userId, categorySource: "user", categoryId: { not: null }, removedAt: null, mergedIntoId: null },
    select: { description: true, amount: true, merchantName: true, categoryId: true },
  });
  const categories = new Map((await db.category.findMany({ where: { userId }, select: { id: true, systemKey: true } })).map((category) => [category.id, category]));
  const examples: TrainingExample[] = [];
  for (const row of rows) {
    const category = row.categoryId ? categories.get(row.categoryId) : undefined;
    if (!category) continue;
    examples.push({ description: row.description, amount: minorFromBigInt(row.amount), categoryKey: categoryKeyOf(category), ...(row.merchantName ? { merchant: row.merchantName } : {}) });
  }
  const model = trainModel(examples) as unknown as Prisma.InputJsonValue;
  await db.categoryModel.upsert({
    where: { userId },
    create: { userId, model, examples: examples.length },
    update: { model, examples: examples.length, trainedAt: new Date() },
  });
  return { examples: examples.length };
}
