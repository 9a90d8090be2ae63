import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { findSimilarTransactions } from "@/lib/categorize/corrections/find-similar-transactions";
import { retrainCategoryModel } from "@/lib/categorize/corrections/retrain-category-model";
import { setUserCategory } from "@/lib/categorize/corrections/set-user-category";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const CorrectCategoryInput = z.object({ categoryId: z.string().uuid("must be a category id") });

export interface CorrectionOutcome {
  transactionId: string;
  categoryId: string;
  categoryName: string;
  /** What "apply to similar" would change next, so the UI can ask before doing it. */
  similar: { merchant: string; count: number };
}

/** The user sets a transaction's category: recorded as a correction, learned from, audited. */
export async function correctTransactionCategory(
  userId: string,
  transactionId: string,
  input: unknown,
  meta: { requestId?: string } = {},
): Promise<CorrectionOutcome> {
  const { categoryId } = CorrectCategoryInput.parse(input);
  const db = prisma();
  const outcome = await db.$transaction(async (tx) => {
    const row = await tx.transaction.findFirst({
      where: { id: transactionId, userId },
      select: { id: true, description: true, merchantName: true, categoryId: true, categorySource: true },
    });
    if (!row) throw notFound("Transaction");
    const category = await tx.category.findFirst({ where: { id: categoryId, userId }, select: { id: true, systemKey: true, name: true } });
    if (!category) throw notFound("Category");
    await setUserCategory(tx, userId, row, category, `user:${userId}`);
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "transaction.category_corrected", entityType: "Transaction", entityId: row.id,
      before: { categoryId: row.categoryId, categorySource: row.categorySource }, after: { categoryId: category.id }, requestId: meta.requestId,
    });
    await retrainCategoryModel(tx, userId);
    return { category };
  });
  const similar = await findSimilarTransactions(db, userId, transactionId);
  return {
    transactionId, categoryId: outcome.category.id, categoryName: outcome.category.name,
    similar: { merchant: similar.merchant, count: similar.rows.length },
  };
}
