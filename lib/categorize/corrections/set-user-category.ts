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
 * What a category correction stores and which columns it sets: the one definition both writers
 * (this module and lib/corrections applyCorrection) use, so learning reads their corrections alike.
 */
export function describeCategoryCorrection(
  row: Pick<CorrectableRow, "description" | "merchantName">,
  category: { id: string; systemKey: string | null },
): { value: CategoryCorrectionValue; columns: { categoryId: string; categorySource: "user"; categoryConfidence: number; categoryRuleId: null; merchantName: string } } {
  const merchant = merchantOf(row);
  return {
    value: { categoryId: category.id, categoryKey: categoryKeyOf(category), merchant },
    columns: { categoryId: category.id, categorySource: "user", categoryConfidence: 1, categoryRuleId: null, merchantName: merchant },
  };
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
  const { value, columns } = describeCategoryCorrection(row, category);
  const now = new Date();
  await tx.correction.updateMany({ where: { userId, transactionId: row.id, field: "category", revertedAt: null }, data: { revertedAt: now } });
  await tx.correction.create({
    data: { userId, transactionId: row.id, field: "category", value: { ...value }, previousValue: { categoryId: row.categoryId, categorySource: row.categorySource } },
  });
  await tx.transaction.update({
    where: { id: row.id },
    data: columns,
  });
  await tx.transactionEvent.create({
    data: {
      userId, transactionId: row.id, kind: "corrected", source: "user", actor,
      before: { categoryId: row.categoryId, categorySource: row.categorySource },
      after: { categoryId: category.id, categorySource: "user" },
    },
  });
}
