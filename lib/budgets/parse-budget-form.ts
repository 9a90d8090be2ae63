import { invalidField } from "@/lib/errors";
import { MoneyError, parseDecimalToMinor } from "@/lib/money";

/** What the budget form posts: everything as the user typed it. */
export interface BudgetFormValues {
  name: string;
  scope: string;
  categoryIds: string[];
  period: string;
  weekStart: string;
  /** Decimal in the home currency, e.g. "400" or "1,250.50". */
  amount: string;
  /** Comma-separated whole percentages, e.g. "80, 100". */
  thresholds: string;
  rollover: boolean;
  includePending: boolean;
}

/** Turns typed form values into BudgetFormInput's shape; the schema then validates the rest. */
export function parseBudgetForm(values: BudgetFormValues, currency: string): Record<string, unknown> {
  let amount: number;
  try {
    amount = parseDecimalToMinor(values.amount.replace(/,/g, ""), currency);
  } catch (error) {
    if (error instanceof MoneyError) throw invalidField("amount", "must be an amount like 250 or 250.00", "errors.budgetAmount");
    throw error;
  }
  const thresholdParts = values.thresholds.split(",").map((part) => part.trim().replace(/%$/, "")).filter(Boolean);
  if (thresholdParts.some((part) => !/^\d+$/.test(part))) {
    throw invalidField("thresholds", "must be whole percentages separated by commas, like 80, 100", "errors.thresholdsFormat");
  }
  return {
    name: values.name,
    scope: values.scope,
    categoryIds: values.scope === "total" ? [] : values.categoryIds,
    period: values.period,
    weekStart: Number(values.weekStart),
    amount,
    thresholds: thresholdParts.map(Number),
    rollover: values.rollover,
    includePending: values.includePending,
  };
}
