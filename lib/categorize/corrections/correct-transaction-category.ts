import { z } from "zod";
import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { findSimilarTransactions } from "@/lib/categorize/corrections/find-similar-transactions";
import { applyCorrectionInTx, type CorrectionMeta } from "@/lib/corrections/apply-correction";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";

export const CorrectCategoryInput = z.object({ categoryId: z.string().uuid("must be a category id") });

export interface CorrectionOutcome {
  transactionId: string;
  categoryId: string;
  categoryName: string;
  /** What "apply to similar" would change next, so the UI can ask before doing it. */
  similar: { merchant: string; count: number };
}

/**
 * The user sets a transaction's category from the transaction page: the same correction the
 * corrections API writes (recorded, learned from, audited, budgets re-evaluated), answered with
 * what "apply to similar" would change next.
 */
export async function correctTransactionCategory(
  userId: string,
  transactionId: string,
  input: unknown,
  meta: CorrectionMeta = {},
): Promise<CorrectionOutcome> {
  const { categoryId } = CorrectCategoryInput.parse(input);
  const db = prisma();
  const { category, alerts } = await db.$transaction(async (tx) => {
    // This page picks from the user's own categories, so another user's category id is "not found" here.
    const category = await tx.category.findFirst({ where: { id: categoryId, userId }, select: { id: true, name: true } });
    if (!category) throw notFound("Category");
    const applied = await applyCorrectionInTx(tx, userId, transactionId, { field: "category", categoryId }, meta);
    const alerts = await evaluateBudgetAlerts(tx, { userId, dates: applied.dates, today: await userToday(tx, userId) });
    return { category, alerts };
  });
  await publishAlerts(alerts);
  const similar = await findSimilarTransactions(db, userId, transactionId);
  return {
    transactionId, categoryId: category.id, categoryName: category.name,
    similar: { merchant: similar.merchant, count: similar.rows.length },
  };
}
