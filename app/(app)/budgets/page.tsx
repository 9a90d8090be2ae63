import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { BudgetProgress } from "@/components/budgets/budget-progress";
import { requirePageUser } from "@/lib/auth/current-user";
import { listBudgets } from "@/lib/budgets/list-budgets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budgets"))("title") };
}

export default async function BudgetsPage() {
  const t = await getTranslations("budgets");
  const user = await requirePageUser();
  const budgets = await listBudgets(user.id, { historyPeriods: 0 });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Link href="/budgets/new" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500">
          {t("newBudget")}
        </Link>
      </div>
      {budgets.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {budgets.map((overview) => (
            <BudgetProgress key={overview.budget.id} overview={overview} locale={user.locale} />
          ))}
        </div>
      )}
    </div>
  );
}
