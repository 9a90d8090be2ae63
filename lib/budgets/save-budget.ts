import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { budgetPeriod } from "./budget-period";
import { BudgetFormInput } from "./budget-form-input";
import { evaluateBudgetAlerts, publishAlerts, type BudgetAlert } from "./evaluate-budget-alerts";

async function assertOwnsCategories(tx: Prisma.TransactionClient, userId: string, categoryIds: readonly string[]): Promise<void> {
  if (categoryIds.length === 0) return;
  const owned = await tx.category.count({ where: { userId, id: { in: [...categoryIds] } } });
  if (owned !== categoryIds.length) throw invalidField("categoryIds", "contains a category that does not exist", "errors.unknownCategory");
}

async function userToday(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  return getLocalDate(now, user.timeZone);
}

export interface SaveBudgetOptions {
  now?: Date;
  requestId?: string;
}

/**
 * Creates a budget in the user's home currency. A budget created (or edited) already past a
 * threshold raises that alert at once, like any other change in spending would.
 */
export async function createBudget(userId: string, input: unknown, options: SaveBudgetOptions = {}): Promise<{ id: string; alerts: BudgetAlert[] }> {
  const data = BudgetFormInput.parse(input);
  const now = options.now ?? new Date();
  const result = await prisma().$transaction(async (tx) => {
    await assertOwnsCategories(tx, userId, data.categoryIds);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { homeCurrency: true } });
    const today = await userToday(tx, userId, now);
    const budget = await tx.budget.create({
      data: {
        userId,
        name: data.name,
        scope: data.scope,
        period: data.period,
        weekStart: data.weekStart,
        amount: BigInt(data.amount),
        currency: user.homeCurrency,
        thresholds: data.thresholds,
        rollover: data.rollover,
        includePending: data.includePending,
        // Starts with the current period, so this period's spending so far counts.
        startDate: new Date(`${budgetPeriod(today, data).start}T00:00:00Z`),
        categories: { create: data.categoryIds.map((categoryId) => ({ categoryId })) },
      },
    });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "budget.created", entityType: "budget", entityId: budget.id, after: { ...data }, requestId: options.requestId });
    const alerts = await evaluateBudgetAlerts(tx, { userId, dates: [], today, budgetIds: [budget.id] });
    return { id: budget.id, alerts };
  });
  void publishAlerts(result.alerts);
  return result;
}

export async function updateBudget(userId: string, budgetId: string, input: unknown, options: SaveBudgetOptions = {}): Promise<{ id: string; alerts: BudgetAlert[] }> {
  const data = BudgetFormInput.parse(input);
  const now = options.now ?? new Date();
  const result = await prisma().$transaction(async (tx) => {
    const existing = await tx.budget.findFirst({ where: { id: budgetId, userId, archivedAt: null } });
    if (!existing) throw notFound("Budget");
    await assertOwnsCategories(tx, userId, data.categoryIds);
    const today = await userToday(tx, userId, now);
    await tx.budgetCategory.deleteMany({ where: { budgetId } });
    await tx.budget.update({
      where: { id: budgetId },
      data: {
        name: data.name,
        scope: data.scope,
        period: data.period,
        weekStart: data.weekStart,
        amount: BigInt(data.amount),
        thresholds: data.thresholds,
        rollover: data.rollover,
        includePending: data.includePending,
        categories: { create: data.categoryIds.map((categoryId) => ({ categoryId })) },
      },
    });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "budget.updated", entityType: "budget", entityId: budgetId,
      before: { name: existing.name, amount: existing.amount.toString(), thresholds: existing.thresholds }, after: { ...data }, requestId: options.requestId,
    });
    const alerts = await evaluateBudgetAlerts(tx, { userId, dates: [], today, budgetIds: [budgetId] });
    return { id: budgetId, alerts };
  });
  void publishAlerts(result.alerts);
  return result;
}

/** Deletes the budget and, by cascade, its alerts. */
export async function deleteBudget(userId: string, budgetId: string, options: SaveBudgetOptions = {}): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const existing = await tx.budget.findFirst({ where: { id: budgetId, userId }, select: { id: true, name: true } });
    if (!existing) throw notFound("Budget");
    await tx.budget.delete({ where: { id: budgetId } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "budget.deleted", entityType: "budget", entityId: budgetId, before: { name: existing.name }, requestId: options.requestId });
  });
}
