import { checkRegexSafety } from "./check-regex-safety";
import { normalizeMerchant } from "./normalize-merchant";
import type { Condition, Rule } from "./rule-schema";
import type { CategorizableTransaction } from "./types";

/** Regexes only ever see this much text, so even a polynomial pattern stays fast on a 1 MB description. */
export const MAX_REGEX_INPUT_LENGTH = 256;
/** Plain text comparisons are linear, but there is no reason to scan past a descriptor's useful length. */
export const MAX_TEXT_INPUT_LENGTH = 1000;

export interface RuleTarget extends CategorizableTransaction {
  /** The normalized merchant; computed from the description when absent. */
  merchant?: string;
}

export interface RuleChanges {
  categoryKey?: string;
  merchant?: string;
  isTransfer?: true;
  excluded?: true;
}

export interface RuleOutcome {
  /** Only the fields some rule changed. */
  changes: RuleChanges;
  /** For each changed field, the id of the rule that decided it. */
  decidedBy: { [K in keyof RuleChanges]?: string };
  /** Every enabled rule whose conditions all held, in evaluation order. */
  matchedRuleIds: string[];
}

function compareRules(a: Rule, b: Rule): number {
  // Higher priority first; ids break ties so the outcome never depends on storage order.
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function matchText(operator: "contains" | "equals" | "starts_with" | "regex", value: string, input: string): boolean {
  if (operator === "regex") {
    // Rules normally arrive validated by RuleSchema; stored JSON is re-checked rather than trusted.
    if (!checkRegexSafety(value).safe) return false;
    return new RegExp(value, "i").test(input.slice(0, MAX_REGEX_INPUT_LENGTH));
  }
  const haystack = input.slice(0, MAX_TEXT_INPUT_LENGTH).toLowerCase();
  const needle = value.toLowerCase();
  if (operator === "equals") return haystack.trim() === needle.trim();
  if (operator === "starts_with") return haystack.trimStart().startsWith(needle);
  return haystack.includes(needle);
}

function matchCondition(condition: Condition, tx: RuleTarget, merchant: string): boolean {
  switch (condition.type) {
    case "description":
      return matchText(condition.operator, condition.value, tx.description);
    case "merchant":
      return matchText(condition.operator, condition.value, merchant);
    case "bank_category":
      return tx.bankCategory ? matchText(condition.operator, condition.value, tx.bankCategory) : false;
    case "account":
      return tx.accountId !== undefined && condition.accountIds.includes(tx.accountId);
    case "amount": {
      // Sign convention: negative amounts are debits (money out), positive are credits.
      if (condition.direction === "debit" && tx.amount >= 0) return false;
      if (condition.direction === "credit" && tx.amount <= 0) return false;
      if (condition.currency !== undefined && condition.currency !== tx.currency) return false;
      const magnitude = Math.abs(tx.amount);
      if (condition.min !== undefined && magnitude < condition.min) return false;
      if (condition.max !== undefined && magnitude > condition.max) return false;
      return true;
    }
  }
}

/**
 * Evaluates user rules against one transaction. Rules run in priority order and the first rule
 * to set a field owns it; later rules can still set other fields. Merchant conditions always
 * see the normalized merchant from the description, not one renamed by an earlier rule, so a
 * rule's meaning does not depend on which other rules exist.
 */
export function applyRules(tx: RuleTarget, rules: ReadonlyArray<Rule>): RuleOutcome {
  const merchant = tx.merchant ?? normalizeMerchant(tx.description);
  const outcome: RuleOutcome = { changes: {}, decidedBy: {}, matchedRuleIds: [] };
  const ordered = rules.filter((rule) => rule.enabled).sort(compareRules);
  for (const rule of ordered) {
    if (!rule.conditions.every((condition) => matchCondition(condition, tx, merchant))) continue;
    outcome.matchedRuleIds.push(rule.id);
    for (const action of rule.actions) {
      if (action.type === "set_category" && outcome.changes.categoryKey === undefined) {
        outcome.changes.categoryKey = action.categoryKey;
        outcome.decidedBy.categoryKey = rule.id;
      } else if (action.type === "rename_merchant" && outcome.changes.merchant === undefined) {
        outcome.changes.merchant = action.merchant;
        outcome.decidedBy.merchant = rule.id;
      } else if (action.type === "mark_transfer" && outcome.changes.isTransfer === undefined) {
        outcome.changes.isTransfer = true;
        outcome.decidedBy.isTransfer = rule.id;
      } else if (action.type === "exclude" && outcome.changes.excluded === undefined) {
        outcome.changes.excluded = true;
        outcome.decidedBy.excluded = rule.id;
      }
    }
  }
  return outcome;
}
