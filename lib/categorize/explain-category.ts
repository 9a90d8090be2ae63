import { explain, type ExplainMessage, type ExplainParam } from "@/lib/i18n/explain-message";
import { categorizeWithBuiltin } from "./categorize-with-builtin";
import type { CategorizableTransaction, CategorySource } from "./types";

export interface StoredCategorization {
  /** The category's current display name; null when the transaction has none. */
  categoryName: string | null;
  /** The category's key (system key or id), to check a recomputed built-in reason still applies. */
  categoryKey: string | null;
  source: CategorySource | "provider";
  confidence: number | null;
  /** The deciding rule's current name; null when the rule was deleted or no rule decided. */
  ruleName: string | null;
  merchant: string | null;
}

function percent(confidence: number | null): string {
  return confidence === null ? "" : ` (${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}% sure)`;
}

/** The confidence as a fraction the catalog formats as a percentage ("{share, number, percent}"). */
function share(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

/** English for the API and exports, and the same sentence as a catalog message (`explain.category.*`). */
export interface CategoryExplanation {
  text: string;
  message: ExplainMessage;
}

/** `key` + "Sure" with the confidence as a percentage, or `key` alone when there is none. */
function withConfidence(key: string, confidence: number | null, params: Record<string, ExplainParam>): ExplainMessage {
  return confidence === null ? explain(key, params) : explain(`${key}Sure`, { ...params, share: share(confidence) });
}

/**
 * Answers "why this category?" in one sentence from what the transaction stores (source,
 * confidence, rule, merchant). Recomputed at display time rather than stored, so renaming a
 * category or rule never leaves a stale sentence behind; only the built-in reason is re-derived
 * from the description, which is pure and cheap.
 */
export function describeCategory(tx: CategorizableTransaction, stored: StoredCategorization): CategoryExplanation {
  const name = stored.categoryName ?? "Uncategorized";
  const category: ExplainParam = stored.categoryName ?? explain("category.uncategorized");
  const { confidence } = stored;
  switch (stored.source) {
    case "user":
      return { text: `You chose ${name} for this transaction; rules and sync never override it.`, message: explain("category.user", { category }) };
    case "rule":
      return stored.ruleName
        ? { text: `Your rule "${stored.ruleName}" puts it in ${name}.`, message: explain("category.rule", { rule: stored.ruleName, category }) }
        : { text: `A rule you have since deleted put it in ${name}.`, message: explain("category.ruleDeleted", { category }) };
    case "learned":
      return stored.merchant
        ? {
          text: `Learned from your corrections: you put ${stored.merchant} and similar transactions in ${name}${percent(confidence)}.`,
          message: withConfidence("category.learnedMerchant", confidence, { merchant: stored.merchant, category }),
        }
        : { text: `Learned from your corrections of similar transactions${percent(confidence)}.`, message: withConfidence("category.learned", confidence, {}) };
    case "builtin": {
      const builtin = categorizeWithBuiltin(tx);
      if (builtin && builtin.categoryKey === stored.categoryKey) {
        return { text: `${builtin.explanation.replace(/\.$/, "")}${percent(confidence)}.`, message: withConfidence("category.builtinReason", confidence, { reason: builtin.message }) };
      }
      return {
        text: `Fathom's built-in knowledge of merchants and keywords suggests ${name}${percent(confidence)}.`,
        message: withConfidence("category.builtinGeneral", confidence, { category }),
      };
    }
    case "provider":
      return { text: `Your bank labelled it ${name}.`, message: explain("category.provider", { category }) };
    case "default":
      return stored.categoryName
        ? { text: `Nothing matched a rule, your corrections or a known merchant, so it is in ${name}.`, message: explain("category.default", { category }) }
        : { text: "It has not been categorized yet.", message: explain("category.none") };
  }
}

/** The English sentence alone (API responses, exports). */
export function explainCategory(tx: CategorizableTransaction, stored: StoredCategorization): string {
  return describeCategory(tx, stored).text;
}

/** The fields a transaction view carries: the English sentence and its catalog message. */
export function categoryExplanation(tx: CategorizableTransaction, stored: StoredCategorization): { explanation: string; explanationMessage: ExplainMessage } {
  const { text, message } = describeCategory(tx, stored);
  return { explanation: text, explanationMessage: message };
}
