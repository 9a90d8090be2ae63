import { applyCategorization, type ApplyCategorizationResult } from "@/lib/categorize/apply-categorization";
import type { Db } from "@/lib/categorize/category-ids-by-key";

/** Re-runs categorization over every transaction of the user that the user has not set by hand. */
export async function recategorizeUserTransactions(db: Db, userId: string, actor = "system:categorize"): Promise<ApplyCategorizationResult> {
  const rows = await db.transaction.findMany({
    where: { userId, removedAt: null, mergedIntoId: null, categorySource: { not: "user" } },
    select: { id: true },
  });
  return applyCategorization(db, userId, rows.map((row) => row.id), { actor });
}
