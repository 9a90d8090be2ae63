import type { CategoryView } from "@/lib/categories/list-categories";
import type { Condition, RuleAction } from "@/lib/categorize/rule-schema";

const FIELD: Record<string, string> = { description: "description", merchant: "merchant", bank_category: "bank category" };
const OPERATOR: Record<string, string> = { contains: "contains", equals: "is", starts_with: "starts with", regex: "matches" };

function describeCondition(condition: Condition): string {
  if (condition.type === "account") return `account is one of ${condition.accountIds.length}`;
  if (condition.type === "amount") {
    const parts = [condition.direction === "debit" ? "money out" : condition.direction === "credit" ? "money in" : null,
      condition.min !== undefined ? `at least ${(condition.min / 100).toFixed(2)}` : null,
      condition.max !== undefined ? `at most ${(condition.max / 100).toFixed(2)}` : null].filter(Boolean);
    return `amount ${parts.join(", ")}`;
  }
  return `${FIELD[condition.type] ?? condition.type} ${OPERATOR[condition.operator] ?? condition.operator} “${condition.value}”`;
}

function describeAction(action: RuleAction, categories: CategoryView[]): string {
  if (action.type === "set_category") return `set category to ${categories.find((c) => c.key === action.categoryKey)?.name ?? action.categoryKey}`;
  if (action.type === "rename_merchant") return `rename merchant to “${action.merchant}”`;
  if (action.type === "mark_transfer") return "mark as transfer";
  return "exclude from budgets";
}

/** "When merchant contains “pizza”: set category to Entertainment". */
export function describeRule(rule: { conditions: Condition[]; actions: RuleAction[] }, categories: CategoryView[]): string {
  return `When ${rule.conditions.map(describeCondition).join(" and ")}: ${rule.actions.map((a) => describeAction(a, categories)).join(", ")}`;
}
