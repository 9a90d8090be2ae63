import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { BudgetFormInput } from "@/lib/budgets/budget-form-input";
import { getBudget, listBudgets } from "@/lib/budgets/list-budgets";
import { createBudget } from "@/lib/budgets/save-budget";

const Period = z.enum(["weekly", "monthly", "quarterly", "yearly"]);

export const BudgetSchema = z
  .object({
    budget: z.object({
      id: Uuid,
      name: z.string(),
      scope: z.enum(["category", "group", "total"]),
      period: Period,
      amount: MinorUnits,
      currency: Currency,
      thresholds: z.array(z.number().int()),
      rollover: z.boolean(),
      includePending: z.boolean(),
      startDate: CalendarDate,
      categories: z.array(z.object({ id: Uuid, name: z.string() })),
    }),
    status: z.object({
      period: z.object({ start: CalendarDate, end: CalendarDate }),
      currency: Currency,
      budgeted: MinorUnits,
      carriedOver: MinorUnits,
      available: MinorUnits,
      spent: MinorUnits,
      remaining: MinorUnits,
      overBy: MinorUnits,
      percentUsedBasisPoints: z.number().int().nullable(),
      crossedThresholds: z.array(z.number().int()),
    }),
    pace: z.object({ verdict: z.string(), projectedSpend: MinorUnits, exceedDate: CalendarDate.nullable(), sentence: z.string() }),
  })
  .meta({ id: "BudgetWithStatus" });

export const budgetsResource: ApiResource = {
  name: "Budgets",
  description: "Budgets with their current-period status and pace.",
  operations: [
    defineOperation({
      id: "listBudgets",
      method: "GET",
      path: "/budgets",
      summary: "List budgets with status",
      scope: "read",
      response: z.object({ budgets: z.array(BudgetSchema) }),
      handler: async ({ caller }) => ({ budgets: await listBudgets(caller.userId, { historyPeriods: 0 }) }),
    }),
    defineOperation({
      id: "getBudget",
      method: "GET",
      path: "/budgets/{budgetId}",
      summary: "Get one budget with status",
      scope: "read",
      pathParams: { budgetId: "Budget" },
      response: z.object({ budget: BudgetSchema }),
      handler: async ({ caller, params }) => ({ budget: await getBudget(caller.userId, params.budgetId ?? "", { historyPeriods: 0 }) }),
    }),
    defineOperation({
      id: "createBudget",
      method: "POST",
      path: "/budgets",
      summary: "Create a budget",
      description: "Amount in minor units of the user's home currency. Accepts an Idempotency-Key header.",
      scope: "write",
      body: BudgetFormInput,
      response: z.object({ id: Uuid }),
      successStatus: 201,
      handler: async ({ caller, body }) => ({ id: (await createBudget(caller.userId, body, { requestId: caller.requestId })).id }),
    }),
  ],
};
