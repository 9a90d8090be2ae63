import { parseAmountField } from "@/lib/accounts/parse-amount-field";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";
import { CreateGoalInput } from "./goal-input";
import { getGoal, type GoalSummary } from "./list-goals";

export async function createGoal(userId: string, input: unknown, now = new Date()): Promise<GoalSummary> {
  const parsed = CreateGoalInput.parse(input);
  const targetAmount = parseAmountField(parsed.targetAmount, parsed.currency, "targetAmount");
  const id = await prisma().$transaction(async (tx) => {
    if (parsed.accountId) {
      const account = await tx.account.findFirst({ where: { id: parsed.accountId, userId }, select: { currency: true } });
      if (!account) throw notFound("Account");
      if (account.currency !== parsed.currency) throw invalidField("accountId", `the linked account must hold the goal's currency (${parsed.currency})`, "errors.goalCurrency", { currency: parsed.currency });
    }
    const goal = await tx.goal.create({
      data: { userId, name: parsed.name, targetAmount: BigInt(targetAmount), currency: parsed.currency, deadline: parsed.deadline ? new Date(`${parsed.deadline}T00:00:00Z`) : null, accountId: parsed.accountId ?? null },
    });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "goal.created", entityType: "Goal", entityId: goal.id, after: { ...parsed, targetAmount } });
    return goal.id;
  });
  return getGoal(userId, id, now);
}
