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

/**
 * Answers "why this category?" in one sentence from what the transaction stores (source,
 * confidence, rule, merchant). Recomputed at display time rather than stored, so renaming a
 * category or rule never leaves a stale sentence behind; only the built-in reason is re-derived
 * from the description, which is pure and cheap.
 */
export function explainCategory(tx: CategorizableTransaction, stored: StoredCategorization): string {
  const name = stored.categoryName ?? "Uncategorized";
  switch (stored.source) {
    case "user":
      return `You chose ${name} for this transaction; rules and sync never override it.`;
    case "rule":
      return stored.ruleName
        ? `Your rule "${stored.ruleName}" puts it in ${name}.`
        : `A rule you have since deleted put it in ${name}.`;
    case "learned":
      return stored.merchant
        ? `Learned from your corrections: you put ${stored.merchant} and similar transactions in ${name}${percent(stored.confidence)}.`
        : `Learned from your corrections of similar transactions${percent(stored.confidence)}.`;
    case "builtin": {
      const builtin = categorizeWithBuiltin(tx);
      if (builtin && builtin.categoryKey === stored.categoryKey) return `${builtin.explanation.replace(/\.$/, "")}${percent(stored.confidence)}.`;
      return `Fathom's built-in knowledge of merchants and keywords suggests ${name}${percent(stored.confidence)}.`;
    }
    case "provider":
      return `Your bank labelled it ${name}.`;
    case "default":
      return stored.categoryName
        ? `Nothing matched a rule, your corrections or a known merchant, so it is in ${name}.`
        : "It has not been categorized yet.";
  }
}
