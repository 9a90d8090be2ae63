import type { useTranslations } from "next-intl";
import type { CategoryView } from "@/lib/categories/list-categories";
import type { Condition, RuleAction } from "@/lib/categorize/rule-schema";

/** The `ruleText` translator (`useTranslations("ruleText")`), passed in so this stays a plain function. */
export type RuleText = ReturnType<typeof useTranslations<"ruleText">>;

const FIELDS = ["description", "merchant", "bank_category"] as const;
const OPERATORS = ["contains", "equals", "starts_with", "regex"] as const;

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function describeCondition(condition: Condition, t: RuleText): string {
  if (condition.type === "account") return t("accountOneOf", { count: condition.accountIds.length });
  if (condition.type === "amount") {
    const parts = [condition.direction === "debit" ? t("moneyOut") : condition.direction === "credit" ? t("moneyIn") : null,
      condition.min !== undefined ? t("atLeast", { amount: (condition.min / 100).toFixed(2) }) : null,
      condition.max !== undefined ? t("atMost", { amount: (condition.max / 100).toFixed(2) }) : null].filter(Boolean);
    return t("amount", { parts: parts.join(", ") });
  }
  const field = oneOf(FIELDS, condition.type) ? t(`field.${condition.type}`) : condition.type;
  const operator = oneOf(OPERATORS, condition.operator) ? t(`operator.${condition.operator}`) : condition.operator;
  return t("textCondition", { field, operator, value: condition.value });
}

function describeAction(action: RuleAction, categories: CategoryView[], t: RuleText): string {
  if (action.type === "set_category") return t("setCategory", { category: categories.find((c) => c.key === action.categoryKey)?.name ?? action.categoryKey });
  if (action.type === "rename_merchant") return t("renameMerchant", { merchant: action.merchant });
  if (action.type === "mark_transfer") return t("markTransfer");
  return t("exclude");
}

/** "When merchant contains “pizza”: set category to Entertainment", in the translator's language. */
export function describeRule(rule: { conditions: Condition[]; actions: RuleAction[] }, categories: CategoryView[], t: RuleText): string {
  return t("rule", { conditions: rule.conditions.map((c) => describeCondition(c, t)).join(` ${t("and")} `), actions: rule.actions.map((a) => describeAction(a, categories, t)).join(", ") });
}
