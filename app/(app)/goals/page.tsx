import type { Metadata } from "next";
import { ContributionForm } from "@/components/goals/contribution-form";
import { GoalForm } from "@/components/goals/goal-form";
import { Card } from "@/components/ui/card";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { listGoals } from "@/lib/goals/list-goals";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  const user = await requirePageUser();
  const [goals, accounts] = await Promise.all([listGoals(user.id), listAccounts(user.id)]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Savings goals</h1>
      <Card title="New goal">
        <GoalForm homeCurrency={user.homeCurrency} accounts={accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency }))} />
      </Card>
      {goals.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No goals yet.</p> : null}
      {goals.map((goal) => {
        const money = (amount: number) => formatMoney({ amount, currency: goal.currency }, user.locale);
        const { progress } = goal;
        return (
          <Card key={goal.id} title={goal.name}>
            <div className="space-y-3" data-testid="goal">
              <p className="text-sm">
                <span className="font-semibold tabular-nums">{money(goal.saved)}</span> of {money(goal.targetAmount)} · <span data-testid="goal-percent">{progress.percent}%</span>
                {goal.accountName ? ` · transfers into ${goal.accountName} count` : ""}
              </p>
              <div role="progressbar" aria-label={`${goal.name} progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.min(100, progress.percent)} className="h-2 w-full rounded bg-slate-100 dark:bg-slate-800">
                <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.min(100, progress.percent)}%` }} />
              </div>
              <ul className="text-sm text-slate-600 dark:text-slate-400">
                {goal.deadline ? <li>Deadline {goal.deadline}{progress.overdue ? " (passed)" : ""}{progress.monthlyNeeded !== null ? ` · ${money(progress.monthlyNeeded)} a month to get there` : ""}</li> : null}
                <li>Recent saving rate {money(progress.recentMonthlyRate)} a month{progress.projectedDate ? ` · at this rate reached by ${progress.projectedDate}` : ""}</li>
                <li data-testid="goal-milestones">Milestones reached: {goal.milestonesReached.length ? goal.milestonesReached.map((m) => `${m}%`).join(", ") : "none yet"}</li>
              </ul>
              <ContributionForm goalId={goal.id} goalName={goal.name} currency={goal.currency} today={today} />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
