import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
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
 * What a category correction stores and which columns it sets, for lib/corrections
 * applyCorrectionInTx (the one writer of corrections); learning reads the stored merchant.
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
