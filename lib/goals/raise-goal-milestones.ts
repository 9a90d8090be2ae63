import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt, formatMoney } from "@/lib/money";
import { alertMessages } from "@/lib/alerts/alert-messages";
import { explain } from "@/lib/i18n/explain-message";
import { newlyReachedMilestones } from "./compute-goal-progress";

export interface RaisedAlert {
  id: string;
  kind: "goal_milestone";
  title: string;
  message: string;
  data: { goalId: string; percent: number };
}

/**
 * Saved so far: every contribution except those made by a transaction that has since been removed
 * (a deleted transfer no longer counts towards the goal).
 */
export async function sumGoalContributions(tx: Prisma.TransactionClient, goalId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ saved: bigint }[]>`
    SELECT COALESCE(SUM(c.amount), 0)::bigint AS saved
    FROM "GoalContribution" c LEFT JOIN "Transaction" t ON t.id = c."transactionId"
    WHERE c."goalId" = ${goalId}::uuid AND (c."transactionId" IS NULL OR (t.id IS NOT NULL AND t."removedAt" IS NULL))`;
  return minorFromBigInt(BigInt(rows[0]?.saved ?? 0n));
}

/**
 * Inside the caller's transaction: raises an Alert for each milestone (25/50/75/100%) the goal has
 * newly reached. The goal row is locked first and the alert's dedupeKey "goal:<id>:<pct>" is unique
 * per user, so each milestone is announced once even when contributions race. The caller publishes
 * the returned alerts after commit (publishGoalAlerts).
 */
export async function raiseGoalMilestones(tx: Prisma.TransactionClient, userId: string, goalId: string): Promise<RaisedAlert[]> {
  await tx.$queryRaw`SELECT id FROM "Goal" WHERE id = ${goalId}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
  const goal = await tx.goal.findFirst({ where: { id: goalId, userId, archivedAt: null }, select: { name: true, targetAmount: true, currency: true, milestonesReached: true } });
  if (!goal) return [];
  const saved = await sumGoalContributions(tx, goalId);
  const target = minorFromBigInt(goal.targetAmount);
  const reached = newlyReachedMilestones(saved, target, goal.milestonesReached);
  if (reached.length === 0) return [];
  await tx.goal.update({ where: { id: goalId }, data: { milestonesReached: [...goal.milestonesReached, ...reached].sort((a, b) => a - b) } });
  const alerts: RaisedAlert[] = [];
  for (const percent of reached) {
    const title = percent === 100 ? `Goal reached: ${goal.name}` : `${goal.name} is ${percent}% there`;
    const message = `${formatMoney({ amount: saved, currency: goal.currency })} saved of ${formatMoney({ amount: target, currency: goal.currency })}.`;
    const created = await tx.alert.createManyAndReturn({
      data: [{
        userId, kind: "goal_milestone", dedupeKey: `goal:${goalId}:${percent}`, title, message,
        data: {
          goalId, percent,
          ...alertMessages(
            percent === 100 ? explain("alert.goalReached", { name: goal.name }) : explain("alert.goalMilestone", { name: goal.name, share: percent / 100 }),
            explain("alert.goalSaved", { saved: { money: saved, currency: goal.currency }, target: { money: target, currency: goal.currency } }),
          ),
        },
      }],
      skipDuplicates: true,
      select: { id: true },
    });
    const id = created[0]?.id;
    if (id) alerts.push({ id, kind: "goal_milestone", title, message, data: { goalId, percent } });
  }
  return alerts;
}
