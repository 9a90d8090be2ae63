import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { prisma } from "@/lib/db";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";
import { linkTransfers } from "./link-transfers";

const DAY_MS = 86_400_000;

/** "Find transfers" on demand: the matcher over the user's rows of the last 400 days, budgets re-evaluated. */
export async function findTransfers(userId: string, _meta: { requestId?: string } = {}, now = new Date()): Promise<{ linked: number }> {
  const { linked, alerts } = await prisma().$transaction(async (tx) => {
    const since = new Date(now.getTime() - 400 * DAY_MS);
    const ids = await tx.transaction.findMany({ where: { userId, isTransfer: false, removedAt: null, mergedIntoId: null, date: { gte: since } }, select: { id: true } });
    const dates = await linkTransfers(tx, userId, ids.map((row) => row.id), `user:${userId}`);
    const alerts = dates.length ? await evaluateBudgetAlerts(tx, { userId, dates: [...new Set(dates)], today: await userToday(tx, userId, now) }) : [];
    return { linked: dates.length / 2, alerts };
  });
  await publishAlerts(alerts);
  return { linked };
}
