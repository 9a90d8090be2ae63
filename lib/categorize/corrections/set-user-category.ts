import { categoryKeyOf, type Db } from "@/lib/categorize/category-ids-by-key";
import type { CategoryCorrectionValue } from "@/lib/categorize/category-correction-value";
import { normalizeMerchant } from "@/lib/categorize/normalize-merchant";

export interface CorrectableRow {
  id: string;
  description: string;
  merchantName: string | null;
  categoryId: string | null;
  categorySource: string;
}

/** The merchant a row is grouped and learned under: the stored one, else normalized from the description. */
export function merchantOf(row: Pick<CorrectableRow, "description" | "merchantName">): string {
  return row.merchantName ?? normalizeMerchant(row.description);
}

/**
 * Records the user's category for one row: a Correction (superseding any earlier category
 * correction, so learning counts each transaction once), the effective category on the row with
 * source "user", and a "corrected" event. Provider data (description, providerCategory) is untouched.
 */
export async function setUserCategory(
  tx: Db,
  userId: string,
  row: CorrectableRow,
  category: { id: string; systemKey: string | null },
  actor: string,
): Promise<void> {
  const merchant = merchantOf(row);
  const value: CategoryCorrectionValue = { categoryId: category.id, categoryKey: categoryKeyOf(category), merchant };
  const now = new Date();
  await tx.correction.updateMany({ where: { userId, transactionId: row.id, field: "category", revertedAt: null }, data: { revertedAt: now } });
  await tx.correction.create({
    data: { userId, transactionId: row.id, field: "category", value: { ...value }, previousValue: { categoryId: row.categoryId, categorySource: row.categorySource } },
  });
  await tx.transaction.update({
    where: { id: row.id },
    data: { categoryId: category.id, categorySource: "user", categoryConfidence: 1, categoryRuleId: null, merchantName: merchant },
  });
  await tx.transactionEvent.create({
    data: {
      userId, transactionId: row.id, kind: "corrected", source: "user", actor,
      before: { categoryId: row.categoryId, categorySource: row.categorySource },
      after: { categoryId: category.id, categorySource: "user" },
    },
  });
}
