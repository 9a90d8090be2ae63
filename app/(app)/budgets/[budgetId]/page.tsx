import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BudgetForm } from "@/components/budgets/budget-form";
import { BudgetHistoryChart } from "@/components/budgets/budget-history-chart";
import { BudgetProgress } from "@/components/budgets/budget-progress";
import { DeleteBudgetButton } from "@/components/budgets/delete-budget-button";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/current-user";
import { listBudgetCategories } from "@/lib/budgets/list-budget-categories";
import { listBudgets } from "@/lib/budgets/list-budgets";
import { formatMinorAsDecimal } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budgets"))("budget") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function BudgetPage({ params }: { params: Promise<{ budgetId: string }> }) {
  const t = await getTranslations("budgets");
  const { budgetId } = await params;
  const user = await requirePageUser();
  if (!UUID.test(budgetId)) notFound();
  const [overview] = await listBudgets(user.id, { budgetIds: [budgetId], historyPeriods: 12 });
  if (!overview) notFound();
  const categories = await listBudgetCategories(user.id);
  const { budget } = overview;
  const points = overview.history.map((p) => ({
    label: p.start,
    spent: Number(formatMinorAsDecimal(p.spent, budget.currency)),
    budgeted: Number(formatMinorAsDecimal(p.budgeted, budget.currency)),
  }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{budget.name}</h1>
      <BudgetProgress overview={overview} locale={user.locale} link={false} />
      <Card title={t("pastPeriods")}>
        <BudgetHistoryChart points={points} currencyLabel={budget.currency} />
      </Card>
      <Card title={t("editBudget")}>
        <BudgetForm
          budgetId={budget.id}
          categories={categories}
          currency={budget.currency}
          initial={{
            name: budget.name,
            scope: budget.scope,
            categoryIds: budget.categories.map((c) => c.id),
            period: budget.period,
            weekStart: String(budget.weekStart),
            amount: formatMinorAsDecimal(budget.amount, budget.currency),
            thresholds: budget.thresholds.join(", "),
            rollover: budget.rollover,
            includePending: budget.includePending,
          }}
        />
      </Card>
      <DeleteBudgetButton budgetId={budget.id} name={budget.name} />
    </div>
  );
}
