import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { describePace, type PaceForecast } from "./describe-pace";
import { loadBudgetStatuses, type BudgetWithStatus } from "./load-budget-statuses";

export interface BudgetOverview extends BudgetWithStatus {
  pace: PaceForecast;
}

async function todayFor(userId: string, now: Date): Promise<{ today: string; locale: string }> {
  const user = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, locale: true } });
  return { today: getLocalDate(now, user.timeZone), locale: user.locale };
}

/** The user's budgets with current-period figures, a pace sentence and the last periods' spending. */
export async function listBudgets(userId: string, options: { now?: Date; historyPeriods?: number; budgetIds?: string[] } = {}): Promise<BudgetOverview[]> {
  const { today, locale } = await todayFor(userId, options.now ?? new Date());
  const statuses = await loadBudgetStatuses(prisma(), userId, { today, historyPeriods: options.historyPeriods ?? 6, budgetIds: options.budgetIds });
  return statuses.map((entry) => ({
    ...entry,
    pace: describePace({ status: entry.status, periodKind: entry.budget.period, label: entry.budget.name, locale }),
  }));
}

export async function getBudget(userId: string, budgetId: string, options: { now?: Date; historyPeriods?: number } = {}): Promise<BudgetOverview> {
  const [budget] = await listBudgets(userId, { ...options, budgetIds: [budgetId] });
  if (!budget) throw notFound("Budget");
  return budget;
}
