import { lockOwnedAccounts } from "@/lib/accounts/lock-owned-accounts";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";
import { raiseGoalMilestones } from "@/lib/goals/raise-goal-milestones";
import { afterLedgerCommit, inLedgerTransaction, userToday } from "./ledger-hooks";
import { TransactionIdsInput } from "./transaction-input";
import { SNAPSHOT_SELECT, transactionSnapshot } from "./transaction-snapshot";

export interface RemovalResult {
  /** Every row removed or restored, transfer peers included: send them back to undo. */
  ids: string[];
}

/**
 * Bulk delete as a soft delete (removedAt), so it can be undone with restoreManualTransactions.
 * All or nothing: one foreign, unknown or bank-synced id fails the whole request. A transfer's
 * other leg goes (and comes back) with it.
 */
export async function removeManualTransactions(userId: string, input: unknown, now = new Date()): Promise<RemovalResult> {
  return setRemoved(userId, input, true, now);
}

/** Undo of removeManualTransactions: brings the same rows back and recomputes the balances. */
export async function restoreManualTransactions(userId: string, input: unknown, now = new Date()): Promise<RemovalResult> {
  return setRemoved(userId, input, false, now);
}

async function setRemoved(userId: string, input: unknown, remove: boolean, now: Date): Promise<RemovalResult> {
  const { ids } = TransactionIdsInput.parse(input);
  const result = await prisma().$transaction(async (tx) => {
    const named = await tx.transaction.findMany({ where: { userId, id: { in: ids } }, select: SNAPSHOT_SELECT });
    if (named.length !== new Set(ids).size) throw notFound("Transaction");
    if (named.some((row) => row.source !== "manual" && row.source !== "scheduled")) {
      throw invalidField("ids", "only transactions added by hand or by a schedule can be deleted; a bank's transactions change with the bank", "errors.deleteManualOnly");
    }
    const peerIds = named.flatMap((row) => (row.transferPeerId && !ids.includes(row.transferPeerId) ? [row.transferPeerId] : []));
    const peers = await tx.transaction.findMany({ where: { userId, id: { in: peerIds } }, select: SNAPSHOT_SELECT });
    const rows = [...named, ...peers].filter((row) => (row.removedAt === null) === remove);
    await lockOwnedAccounts(tx, userId, rows.map((row) => row.accountId));
    const at = remove ? now : null;
    await tx.transaction.updateMany({ where: { userId, id: { in: rows.map((row) => row.id) } }, data: { removedAt: at } });
    await tx.transactionEvent.createMany({
      data: rows.map((row) => ({
        userId, transactionId: row.id, kind: remove ? ("removed" as const) : ("reverted" as const), source: "user" as const, actor: `user:${userId}`,
        before: transactionSnapshot(row), after: transactionSnapshot({ ...row, removedAt: at }),
      })),
    });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: remove ? "transactions.removed" : "transactions.restored", entityType: "Transaction", after: { ids: rows.map((row) => row.id) } });
    for (const accountId of new Set(rows.map((row) => row.accountId))) await recomputeAccountBalance(tx, accountId);
    const goals = await tx.goalContribution.findMany({ where: { userId, transactionId: { in: rows.map((row) => row.id) } }, select: { goalId: true } });
    const goalAlerts = [];
    for (const goalId of new Set(goals.map((g) => g.goalId))) goalAlerts.push(...(await raiseGoalMilestones(tx, userId, goalId)));
    const today = await userToday(tx, userId, now);
    const budgetAlerts = await inLedgerTransaction(tx, { userId, categorize: [], dates: rows.map((row) => row.date.toISOString().slice(0, 10)), today });
    return { ids: rows.map((row) => row.id), today, budgetAlerts, goalAlerts };
  });
  await afterLedgerCommit({ userId, transactionIds: remove ? [] : result.ids, today: result.today, budgetAlerts: result.budgetAlerts, goalAlerts: result.goalAlerts });
  return { ids: result.ids };
}
