import type { Prisma } from "@/lib/generated/prisma/client";
import { raiseGoalMilestones, type RaisedAlert } from "./raise-goal-milestones";

export interface IncomingTransfer {
  accountId: string;
  transactionId: string;
  /** Minor units that arrived in the account (positive). */
  amount: number;
  currency: string;
  date: string;
}

/**
 * A transfer into a goal's linked account is a contribution to that goal (in the goal's currency,
 * which linking requires to be the account's). A transaction counts towards one goal only
 * (GoalContribution.transactionId is unique): the oldest goal on that account. Returns the alerts raised.
 */
export async function recordTransferContributions(tx: Prisma.TransactionClient, userId: string, transfer: IncomingTransfer): Promise<RaisedAlert[]> {
  if (transfer.amount <= 0) return [];
  const goal = await tx.goal.findFirst({
    where: { userId, accountId: transfer.accountId, archivedAt: null, currency: transfer.currency },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!goal) return [];
  await tx.goalContribution.create({
    data: { userId, goalId: goal.id, amount: BigInt(transfer.amount), currency: transfer.currency, date: new Date(`${transfer.date}T00:00:00Z`), transactionId: transfer.transactionId },
  });
  return raiseGoalMilestones(tx, userId, goal.id);
}
