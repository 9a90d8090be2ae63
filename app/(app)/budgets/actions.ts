"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { parseBudgetForm, type BudgetFormValues } from "@/lib/budgets/parse-budget-form";
import { createBudget, deleteBudget, updateBudget } from "@/lib/budgets/save-budget";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { parseIdParam } from "@/lib/http/uuid-param";

export async function saveBudgetAction(budgetId: string | null, values: BudgetFormValues): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const input = parseBudgetForm(values, user.homeCurrency);
    const saved = budgetId ? await updateBudget(user.id, parseIdParam(budgetId, "Budget"), input) : await createBudget(user.id, input);
    revalidatePath("/budgets");
    return { id: saved.id };
  });
}

export async function deleteBudgetAction(budgetId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await deleteBudget(user.id, parseIdParam(budgetId, "Budget"));
    revalidatePath("/budgets");
    return null;
  });
}
