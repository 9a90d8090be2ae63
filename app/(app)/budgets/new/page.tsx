import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BudgetForm } from "@/components/budgets/budget-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { listBudgetCategories } from "@/lib/budgets/list-budget-categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budgets"))("newBudget") };
}

export default async function NewBudgetPage() {
  const t = await getTranslations("budgets");
  const user = await requirePageUser();
  const categories = await listBudgetCategories(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("newBudget")}</h1>
      <BudgetForm
        budgetId={null}
        categories={categories}
        currency={user.homeCurrency}
        initial={{ name: "", scope: "category", categoryIds: [], period: "monthly", weekStart: "1", amount: "", thresholds: "80, 100", rollover: false, includePending: true }}
      />
    </div>
  );
}
