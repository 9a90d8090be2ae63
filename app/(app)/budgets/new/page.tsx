import type { Metadata } from "next";
import { BudgetForm } from "@/components/budgets/budget-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { listBudgetCategories } from "@/lib/budgets/list-budget-categories";

export const metadata: Metadata = { title: "New budget" };

export default async function NewBudgetPage() {
  const user = await requirePageUser();
  const categories = await listBudgetCategories(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">New budget</h1>
      <BudgetForm
        budgetId={null}
        categories={categories}
        currency={user.homeCurrency}
        initial={{ name: "", scope: "category", categoryIds: [], period: "monthly", weekStart: "1", amount: "", thresholds: "80, 100", rollover: false, includePending: true }}
      />
    </div>
  );
}
