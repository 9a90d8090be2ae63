import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { findSimilarTransactions } from "@/lib/categorize/corrections/find-similar-transactions";
import { retrainCategoryModel } from "@/lib/categorize/corrections/retrain-category-model";
import { applyCorrectionInTx } from "@/lib/corrections/apply-correction";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";

export const ApplyToSimilarInput = z.object({
  /** The count the user was shown; a different count now means the data moved and they should look again. */
  expectedCount: z.number().int().nonnegative("must be zero or more").optional(),
});

export interface SimilarPreview {
  merchant: string;
  categoryName: string | null;
  count: number;
  examples: { id: string; description: string }[];
}

/** How many other transactions of this merchant "apply to similar" would move, before anything happens. */
export async function previewSimilarTransactions(userId: string, transactionId: string): Promise<SimilarPreview> {
  const similar = await findSimilarTransactions(prisma(), userId, transactionId);
  return {
    merchant: similar.merchant, categoryName: similar.categoryName, count: similar.rows.length,
    examples: similar.rows.slice(0, 5).map((row) => ({ id: row.id, description: row.description })),
  };
}

/**
 * Gives the transaction's user-chosen category to the other transactions of the same merchant,
 * each recorded as the user's own correction so sync and rules leave them alone afterwards.
 */
export async function applyCategoryToSimilar(
  userId: string,
  transactionId: string,
  input: unknown = {},
  meta: { requestId?: string } = {},
): Promise<{ merchant: string; changed: number }> {
  const { expectedCount } = ApplyToSimilarInput.parse(input);
  const { outcome, alerts } = await prisma().$transaction(async (tx) => {
    const similar = await findSimilarTransactions(tx, userId, transactionId);
    const source = await tx.transaction.findFirst({ where: { id: transactionId, userId }, select: { categorySource: true, categoryId: true } });
    if (!source?.categoryId || source.categorySource !== "user") {
      throw new AppError("conflict", "Choose a category for this transaction first", { text: { key: "errors.chooseCategoryFirst" } });
    }
    if (expectedCount !== undefined && expectedCount !== similar.rows.length) {
      throw new AppError("conflict", `The number of similar transactions changed from ${expectedCount} to ${similar.rows.length}; review it again`, {
        text: { key: "errors.similarCountChanged", params: { expected: expectedCount, actual: similar.rows.length } },
      });
    }
    const dates = new Set<string>();
    for (const row of similar.rows) {
      // Each row gets the same correction a user makes by hand, so each can be reverted alone.
      const applied = await applyCorrectionInTx(tx, userId, row.id, { field: "category", categoryId: source.categoryId }, { requestId: meta.requestId }, { retrainModel: false });
      for (const date of applied.dates) dates.add(date);
    }
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "transaction.category_applied_to_similar", entityType: "Transaction", entityId: transactionId,
      after: { categoryId: source.categoryId, merchant: similar.merchant, transactionIds: similar.rows.map((row) => row.id) }, requestId: meta.requestId,
    });
    if (similar.rows.length > 0) await retrainCategoryModel(tx, userId);
    const alerts = dates.size > 0 ? await evaluateBudgetAlerts(tx, { userId, dates: [...dates], today: await userToday(tx, userId) }) : [];
    return { outcome: { merchant: similar.merchant, changed: similar.rows.length }, alerts };
  }, { timeout: 60_000 });
  await publishAlerts(alerts);
  return outcome;
}
