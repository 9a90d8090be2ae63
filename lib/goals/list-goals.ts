import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { minorFromBigInt } from "@/lib/money";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { computeGoalProgress, type GoalProgress } from "./compute-goal-progress";

export interface GoalSummary {
  id: string;
  name: string;
  targetAmount: number;
  currency: string;
  deadline: string | null;
  accountId: string | null;
  accountName: string | null;
  saved: number;
  milestonesReached: number[];
  progress: GoalProgress;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

async function load(userId: string, where: { id?: string }, now: Date): Promise<GoalSummary[]> {
  const db = prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const today = getLocalDate(now, user.timeZone);
  const goals = await db.goal.findMany({
    where: { userId, archivedAt: null, ...where },
    orderBy: { createdAt: "asc" },
    include: { account: { select: { name: true } }, contributions: { select: { amount: true, date: true, transactionId: true } } },
  });
  const txIds = goals.flatMap((g) => g.contributions.flatMap((c) => (c.transactionId ? [c.transactionId] : [])));
  // A contribution made by a transaction counts only while that transaction is live.
  const live = new Set((await db.transaction.findMany({ where: { userId, id: { in: txIds }, removedAt: null }, select: { id: true } })).map((t) => t.id));
  return goals.map((goal) => {
    const contributions = goal.contributions
      .filter((c) => c.transactionId === null || live.has(c.transactionId))
      .map((c) => ({ date: day(c.date), amount: minorFromBigInt(c.amount) }));
    const saved = contributions.reduce((sum, c) => sum + c.amount, 0);
    const targetAmount = minorFromBigInt(goal.targetAmount);
    const deadline = goal.deadline ? day(goal.deadline) : null;
    return {
      id: goal.id, name: goal.name, targetAmount, currency: goal.currency, deadline, accountId: goal.accountId, accountName: goal.account?.name ?? null,
      saved, milestonesReached: goal.milestonesReached, progress: computeGoalProgress({ targetAmount, saved, deadline, today, contributions }),
    };
  });
}

export async function listGoals(userId: string, now = new Date()): Promise<GoalSummary[]> {
  return load(userId, {}, now);
}

export async function getGoal(userId: string, goalId: string, now = new Date()): Promise<GoalSummary> {
  const [goal] = await load(userId, { id: goalId }, now);
  if (!goal) throw notFound("Goal");
  return goal;
}
