/**
 * Everything categorizeTransaction needs for one user, read from the database in four queries.
 * Sync, import and manual entry call loadCategorizationContext once per batch and then
 * applyCategorization (re-exported here) for the rows they wrote.
 */
import { categoryIdsByKey, type Db } from "@/lib/categorize/category-ids-by-key";
import { CategoryCorrectionValueSchema } from "@/lib/categorize/category-correction-value";
import type { CategorizeContext } from "@/lib/categorize/categorize-transaction";
import { categorizeWithBuiltin, type OwnAccountHint } from "@/lib/categorize/categorize-with-builtin";
import { deriveEvidenceMappings, type EvidenceCorrection } from "@/lib/categorize/derive-evidence-mappings";
import { deriveMerchantMappings, type CategoryCorrection, type MerchantMapping } from "@/lib/categorize/derive-merchant-mappings";
import { normalizeMerchant } from "@/lib/categorize/normalize-merchant";
import { parseCategoryModel } from "@/lib/categorize/predict-category";
import { RuleSchema, type Rule } from "@/lib/categorize/rule-schema";
import type { CategoryModel } from "@/lib/categorize/train-model";
import { logWarn } from "@/lib/log";
import { minorFromBigInt } from "@/lib/money";

export { applyCategorization, type ApplyCategorizationResult } from "@/lib/categorize/apply-categorization";
export { categoryIdsByKey, categoryKeyOf, resolveCategoryId } from "@/lib/categorize/category-ids-by-key";

export interface CategorizationContext extends CategorizeContext {
  rules: Rule[];
  merchantMappings: MerchantMapping[];
  evidenceMappings: MerchantMapping[];
  model: CategoryModel | null;
  ownAccounts: OwnAccountHint[];
  /** Category key (system key, or id of a user-made category) -> Category.id. */
  categoryIds: Map<string, string>;
  /** Rule id -> rule name, for explanations. */
  ruleNames: Map<string, string>;
}

/** A Rule row as RuleSchema expects it: the conditions and actions columns hold the two arrays. */
export function parseRuleRow(row: { id: string; name: string; enabled: boolean; priority: number; conditions: unknown; actions: unknown }): Rule | null {
  const parsed = RuleSchema.safeParse({ id: row.id, name: row.name, enabled: row.enabled, priority: row.priority, conditions: row.conditions, actions: row.actions });
  return parsed.success ? parsed.data : null;
}

export async function loadCategorizationContext(db: Db, userId: string): Promise<CategorizationContext> {
  const [ruleRows, accounts, corrections, modelRow, categoryIds] = await Promise.all([
    db.rule.findMany({ where: { userId, enabled: true }, orderBy: [{ priority: "desc" }, { id: "asc" }] }),
    db.account.findMany({ where: { userId }, select: { id: true, mask: true } }),
    db.correction.findMany({
      where: { userId, field: "category", revertedAt: null },
      orderBy: { createdAt: "asc" },
      select: { value: true, createdAt: true, transaction: { select: { description: true, amount: true, currency: true, providerCategory: true } } },
    }),
    db.categoryModel.findUnique({ where: { userId }, select: { model: true } }),
    categoryIdsByKey(db, userId),
  ]);

  const rules: Rule[] = [];
  for (const row of ruleRows) {
    const rule = parseRuleRow(row);
    // Rules are validated on save; one that no longer parses (schema tightened since) is skipped, not fatal.
    if (rule) rules.push(rule);
    else logWarn("skipping a stored rule that no longer validates", { userId, ruleId: row.id });
  }

  const learned: CategoryCorrection[] = [];
  const overruled: EvidenceCorrection[] = [];
  for (const correction of corrections) {
    const value = CategoryCorrectionValueSchema.safeParse(correction.value);
    if (!value.success || !categoryIds.has(value.data.categoryKey)) continue;
    const { description, amount, currency, providerCategory } = correction.transaction;
    const correctedAt = correction.createdAt.getTime();
    learned.push({ merchant: value.data.merchant || normalizeMerchant(description), categoryKey: value.data.categoryKey, correctedAt });
    // Recomputed rather than stored: what built-in knowledge says today is what the user overrules next.
    const builtin = categorizeWithBuiltin({ description, amount: minorFromBigInt(amount), currency, bankCategory: providerCategory });
    overruled.push({ evidence: builtin?.evidence, builtinCategoryKey: builtin?.categoryKey, categoryKey: value.data.categoryKey, correctedAt });
  }

  let model: CategoryModel | null = null;
  if (modelRow) {
    try {
      model = parseCategoryModel(modelRow.model);
    } catch {
      // An unreadable model (older version) is retrained on the next correction; until then, none.
      model = null;
    }
  }

  return {
    rules,
    merchantMappings: deriveMerchantMappings(learned),
    evidenceMappings: deriveEvidenceMappings(overruled),
    model,
    ownAccounts: accounts.map((account) => ({ accountId: account.id, ...(account.mask ? { mask: account.mask } : {}) })),
    categoryIds,
    ruleNames: new Map(ruleRows.map((row) => [row.id, row.name])),
  };
}
