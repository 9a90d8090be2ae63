import type { z } from "zod";
import { resolveCategoryId } from "@/lib/categorize/category-ids-by-key";
import { categorizeTransaction } from "@/lib/categorize/categorize-transaction";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { assertRuleCategoriesExist, RuleInput } from "@/lib/categorize/rules/rule-input";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { minorFromBigInt } from "@/lib/money";

export interface RulePreview {
  /** Transactions whose category would differ from today's if the rule were saved. */
  wouldChange: number;
  /** Transactions the rule's conditions match at all. */
  matching: number;
  examples: { id: string; description: string; from: string | null; to: string | null }[];
}

const EXAMPLES = 5;

/**
 * Runs the full categorizer with the candidate rule in place (replacing the rule being edited)
 * over the user's transactions, without writing anything. Rows the user categorized by hand are
 * not counted: saving a rule never changes them.
 */
export async function previewRule(userId: string, input: unknown, options: { ruleId?: string } = {}): Promise<RulePreview> {
  const fields = RuleInput.parse(input);
  const db = prisma();
  if (options.ruleId && !(await db.rule.findFirst({ where: { id: options.ruleId, userId }, select: { id: true } }))) throw notFound("Rule");
  const context = await loadCategorizationContext(db, userId);
  assertRuleCategoriesExist(fields, context.categoryIds);
  const candidateId = options.ruleId ?? "preview";
  const rules = [...context.rules.filter((rule) => rule.id !== candidateId), { ...fields, id: candidateId }];
  const [rows, categories] = await Promise.all([
    db.transaction.findMany({
      where: { userId, removedAt: null, mergedIntoId: null, categorySource: { not: "user" } },
      select: { id: true, accountId: true, description: true, amount: true, currency: true, providerCategory: true, categoryId: true },
      orderBy: [{ date: "desc" }, { id: "desc" }],
    }),
    db.category.findMany({ where: { userId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(categories.map((category) => [category.id, category.name]));
  const preview: RulePreview = { wouldChange: 0, matching: 0, examples: [] };
  for (const row of rows) {
    const decided = categorizeTransaction(
      { description: row.description, amount: minorFromBigInt(row.amount), currency: row.currency, accountId: row.accountId, bankCategory: row.providerCategory },
      { ...context, rules, ownAccounts: context.ownAccounts.filter((account) => account.accountId !== row.accountId) },
    );
    if (fields.enabled && decided.source === "rule" && decided.ruleId === candidateId) preview.matching += 1;
    const next = resolveCategoryId(context.categoryIds, decided.categoryKey);
    if (next === row.categoryId) continue;
    preview.wouldChange += 1;
    if (preview.examples.length < EXAMPLES) {
      preview.examples.push({ id: row.id, description: row.description, from: row.categoryId ? (names.get(row.categoryId) ?? null) : null, to: next ? (names.get(next) ?? null) : null });
    }
  }
  return preview;
}
