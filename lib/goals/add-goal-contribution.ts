import { parseAmountField } from "@/lib/accounts/parse-amount-field";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { GoalContributionInput } from "./goal-input";
import { getGoal, type GoalSummary } from "./list-goals";
import { publishGoalAlerts } from "./publish-goal-alerts";
import { raiseGoalMilestones, type RaisedAlert } from "./raise-goal-milestones";

/** A contribution by hand (negative to take money out); crossing a milestone raises its alert once. */
export async function addGoalContribution(userId: string, goalId: string, input: unknown, now = new Date()): Promise<{ goal: GoalSummary; alerts: RaisedAlert[] }> {
  const parsed = GoalContributionInput.parse(input);
  const alerts = await prisma().$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id: goalId, userId, archivedAt: null }, select: { currency: true } });
    if (!goal) throw notFound("Goal");
    const amount = parseAmountField(parsed.amount, goal.currency, "amount");
    const contribution = await tx.goalContribution.create({
      data: { userId, goalId, amount: BigInt(amount), currency: goal.currency, date: new Date(`${parsed.date}T00:00:00Z`), note: parsed.note ?? null },
    });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "goal.contribution_added", entityType: "GoalContribution", entityId: contribution.id, after: { goalId, amount, date: parsed.date } });
    return raiseGoalMilestones(tx, userId, goalId);
  });
  await publishGoalAlerts(userId, alerts);
  return { goal: await getGoal(userId, goalId, now), alerts };
}
