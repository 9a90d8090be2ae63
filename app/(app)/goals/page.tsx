import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContributionForm } from "@/components/goals/contribution-form";
import { GoalForm } from "@/components/goals/goal-form";
import { Card } from "@/components/ui/card";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { listGoals } from "@/lib/goals/list-goals";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("goals"))("navTitle") };
}

export default async function GoalsPage() {
  const t = await getTranslations("goals");
  const user = await requirePageUser();
  const [goals, accounts] = await Promise.all([listGoals(user.id), listAccounts(user.id)]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <Card title={t("newGoal")}>
        <GoalForm homeCurrency={user.homeCurrency} accounts={accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency }))} />
      </Card>
      {goals.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p> : null}
      {goals.map((goal) => {
        const money = (amount: number) => formatMoney({ amount, currency: goal.currency }, user.locale);
        const { progress } = goal;
        return (
          <Card key={goal.id} title={goal.name}>
            <div className="space-y-3" data-testid="goal">
              <p className="text-sm">
                {t.rich("savedOf", { saved: money(goal.saved), target: money(goal.targetAmount), strong: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span> })} · <span data-testid="goal-percent">{progress.percent}%</span>
                {goal.accountName ? ` · ${t("transfersInto", { account: goal.accountName })}` : ""}
              </p>
              <div role="progressbar" aria-label={t("progressLabel", { name: goal.name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.min(100, progress.percent)} className="h-2 w-full rounded bg-slate-100 dark:bg-slate-800">
                <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.min(100, progress.percent)}%` }} />
              </div>
              <ul className="text-sm text-slate-600 dark:text-slate-400">
                {goal.deadline ? <li>{t("deadline", { date: formatDate(goal.deadline, user.locale) })}{progress.overdue ? ` ${t("deadlinePassed")}` : ""}{progress.monthlyNeeded !== null ? ` · ${t("monthlyNeeded", { amount: money(progress.monthlyNeeded) })}` : ""}</li> : null}
                <li>{t("recentRate", { amount: money(progress.recentMonthlyRate) })}{progress.projectedDate ? ` · ${t("reachedBy", { date: formatDate(progress.projectedDate, user.locale) })}` : ""}</li>
                <li data-testid="goal-milestones">{t("milestones", { list: goal.milestonesReached.length ? goal.milestonesReached.map((m) => `${m}%`).join(", ") : t("milestonesNone") })}</li>
              </ul>
              <ContributionForm goalId={goal.id} goalName={goal.name} currency={goal.currency} today={today} />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
