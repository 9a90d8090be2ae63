import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { retrainCategoryModel } from "@/lib/categorize/corrections/retrain-category-model";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";
import { applyCorrectionInTx, type CorrectionMeta } from "./apply-correction";
import { BulkActionInput } from "./correction-input";

/**
 * Re-categorizes or excludes a selection: each row gets its own correction (so each can be reverted
 * alone), all in one database transaction so a foreign id among them changes nothing (404).
 */
export async function applyBulkAction(userId: string, input: unknown, meta: CorrectionMeta = {}): Promise<{ changed: number }> {
  const action = BulkActionInput.parse(input);
  const ids = [...new Set(action.transactionIds)];
  const alerts = await prisma().$transaction(async (tx) => {
    const owned = await tx.transaction.count({ where: { userId, id: { in: ids }, mergedIntoId: null } });
    if (owned !== ids.length) throw notFound("Transaction");
    const dates: string[] = [];
    for (const id of ids) {
      const correction = action.action === "categorize" ? { field: "category" as const, categoryId: action.categoryId } : { field: "excluded" as const, excluded: action.excluded };
      const applied = await applyCorrectionInTx(tx, userId, id, correction, meta, { retrainModel: false });
      dates.push(...applied.dates);
    }
    if (action.action === "categorize") await retrainCategoryModel(tx, userId);
    return evaluateBudgetAlerts(tx, { userId, dates: [...new Set(dates)], today: await userToday(tx, userId) });
  }, { timeout: 60_000 });
  await publishAlerts(alerts);
  return { changed: ids.length };
}
