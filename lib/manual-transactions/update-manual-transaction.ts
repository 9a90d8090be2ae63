import { lockOwnedAccounts } from "@/lib/accounts/lock-owned-accounts";
import { parseAmountField } from "@/lib/accounts/parse-amount-field";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";
import { raiseGoalMilestones } from "@/lib/goals/raise-goal-milestones";
import { getManualTransactions, type ManualTransaction } from "./get-manual-transactions";
import { afterLedgerCommit, inLedgerTransaction, userToday } from "./ledger-hooks";
import { UpdateManualTransactionInput } from "./transaction-input";
import { SNAPSHOT_SELECT, transactionSnapshot } from "./transaction-snapshot";

const EDITABLE_SOURCES = ["manual", "scheduled"] as const;

/**
 * Edits a hand-made (or scheduled) transaction. The sign stays with the kind: an amount is typed as
 * a magnitude. A transfer's description, date and notes change on both legs; its amount only when
 * both legs share a currency (otherwise delete and re-add it with both amounts).
 */
export async function updateManualTransaction(userId: string, transactionId: string, input: unknown, now = new Date()): Promise<ManualTransaction[]> {
  const parsed = UpdateManualTransactionInput.parse(input);
  const result = await prisma().$transaction(async (tx) => {
    const row = await tx.transaction.findFirst({ where: { id: transactionId, userId, removedAt: null, source: { in: [...EDITABLE_SOURCES] } }, select: SNAPSHOT_SELECT });
    if (!row) throw notFound("Transaction");
    const peer = row.transferPeerId ? await tx.transaction.findFirst({ where: { id: row.transferPeerId, userId }, select: SNAPSHOT_SELECT }) : null;
    const rows = peer ? [row, peer] : [row];
    await lockOwnedAccounts(tx, userId, rows.map((r) => r.accountId));
    if (peer && parsed.categoryId) throw invalidField("categoryId", "a transfer between your accounts has no spending category", "validation.transferNoCategory");
    if (parsed.categoryId && !(await tx.category.findFirst({ where: { id: parsed.categoryId, userId }, select: { id: true } }))) throw notFound("Category");
    if (parsed.amount !== undefined && peer && peer.currency !== row.currency) {
      throw invalidField("amount", "a transfer between currencies changes both amounts; delete it and add it again", "errors.crossCurrencyTransferAmount");
    }
    const date = parsed.date ? new Date(`${parsed.date}T00:00:00Z`) : undefined;
    const updated = [];
    for (const current of rows) {
      const magnitude = parsed.amount === undefined ? undefined : parseAmountField(parsed.amount, current.currency, "amount");
      const after = await tx.transaction.update({
        where: { id: current.id },
        data: {
          description: parsed.description, notes: parsed.notes, date, postedAt: date,
          amount: magnitude === undefined ? undefined : BigInt(current.amount < 0n ? -magnitude : magnitude),
          ...(parsed.categoryId === undefined ? {} : { categoryId: parsed.categoryId, categorySource: "user" as const, categoryConfidence: 1, categoryRuleId: null }),
        },
        select: SNAPSHOT_SELECT,
      });
      await tx.transactionEvent.create({
        data: { userId, transactionId: current.id, kind: "modified", source: "user", actor: `user:${userId}`, before: transactionSnapshot(current), after: transactionSnapshot(after) },
      });
      updated.push(after);
    }
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "transaction.updated", entityType: "Transaction", entityId: row.id, before: transactionSnapshot(row), after: { ...parsed } });
    for (const accountId of new Set(rows.map((r) => r.accountId))) await recomputeAccountBalance(tx, accountId);
    const contributions = await tx.goalContribution.findMany({ where: { userId, transactionId: { in: rows.map((r) => r.id) } }, select: { id: true, goalId: true, transactionId: true } });
    const goalAlerts = [];
    for (const contribution of contributions) {
      const leg = updated.find((r) => r.id === contribution.transactionId);
      if (leg) await tx.goalContribution.update({ where: { id: contribution.id }, data: { amount: leg.amount, date: leg.date } });
      goalAlerts.push(...(await raiseGoalMilestones(tx, userId, contribution.goalId)));
    }
    const today = await userToday(tx, userId, now);
    const dates = [...rows, ...updated].map((r) => r.date.toISOString().slice(0, 10));
    const budgetAlerts = await inLedgerTransaction(tx, { userId, categorize: [], dates, today });
    return { ids: rows.map((r) => r.id), today, budgetAlerts, goalAlerts };
  });
  await afterLedgerCommit({ userId, transactionIds: result.ids, today: result.today, budgetAlerts: result.budgetAlerts, goalAlerts: result.goalAlerts });
  return getManualTransactions(userId, result.ids);
}
