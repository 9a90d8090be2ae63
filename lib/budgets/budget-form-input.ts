import { z } from "zod";

const MAX_BUDGET_MINOR = 1_000_000_000_000; // 10 billion in a 2-decimal currency: far past any real budget.

/**
 * A budget as the API and the form send it. `amount` is in minor units of the user's home currency.
 * Scope rules: "category" names exactly one category, "group" one or more, "total" none.
 */
export const BudgetFormInput = z
  .object({
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(80, "must be at most 80 characters"),
    scope: z.enum(["category", "group", "total"], { error: "must be category, group or total" }),
    categoryIds: z.array(z.uuid({ error: "must be category ids" }), { error: "must be a list of category ids" }).max(50).default([]),
    period: z.enum(["weekly", "monthly", "quarterly", "yearly"], { error: "must be weekly, monthly, quarterly or yearly" }),
    weekStart: z.number({ error: "must be a day number 0-6" }).int().min(0, "must be 0 (Sunday) to 6").max(6, "must be 0 (Sunday) to 6").default(1),
    amount: z
      .number({ error: "must be a whole number of minor units" })
      .int("must be a whole number of minor units")
      .min(0, "must not be negative")
      .max(MAX_BUDGET_MINOR, "is too large"),
    thresholds: z
      .array(z.number().int("must be whole percentages").min(1, "must be between 1 and 500").max(500, "must be between 1 and 500"), {
        error: "must be a list of percentages",
      })
      .min(1, "needs at least one threshold")
      .max(10, "allows at most 10 thresholds")
      .default([80, 100]),
    rollover: z.boolean({ error: "must be true or false" }).default(false),
    includePending: z.boolean({ error: "must be true or false" }).default(true),
  })
  .superRefine((value, ctx) => {
    const unique = new Set(value.categoryIds);
    if (value.scope === "category" && unique.size !== 1) {
      ctx.addIssue({ code: "custom", path: ["categoryIds"], message: "a category budget needs exactly one category" });
    } else if (value.scope === "group" && unique.size < 1) {
      ctx.addIssue({ code: "custom", path: ["categoryIds"], message: "a group budget needs at least one category" });
    } else if (value.scope === "total" && unique.size > 0) {
      ctx.addIssue({ code: "custom", path: ["categoryIds"], message: "a total budget covers all spending and takes no categories" });
    }
  })
  .transform((value) => ({
    ...value,
    categoryIds: [...new Set(value.categoryIds)],
    thresholds: [...new Set(value.thresholds)].sort((a, b) => a - b),
  }));
export type BudgetFormInput = z.output<typeof BudgetFormInput>;
