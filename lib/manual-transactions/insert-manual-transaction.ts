import { lockOwnedAccounts } from "@/lib/accounts/lock-owned-accounts";
import { parseAmountField } from "@/lib/accounts/parse-amount-field";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordTransferContributions } from "@/lib/goals/record-transfer-contributions";
import type { RaisedAlert } from "@/lib/goals/raise-goal-milestones";
import { impliedRate } from "./implied-rate";
import type { CreateManualTransaction } from "./transaction-input";
import { SNAPSHOT_SELECT, transactionSnapshot } from "./transaction-snapshot";

export interface LedgerActor {
  /** "manual" for the user's own entries, "scheduled" for rows the scheduler creates. */
  source: "manual" | "scheduled";
  changeSource: "user" | "system";
  /** "user:<id>" or "system:scheduler". */
  actor: string;
  scheduledOccurrenceId?: string;
}

export interface InsertedTransaction {
  ids: string[];
  /** Rows the categorizer should look at (those the user did not categorize themselves). */
  categorize: string[];
  date: string;
  /** For a cross-currency transfer: 1 unit of the source currency in the destination currency. */
  impliedRate: string | null;
  goalAlerts: RaisedAlert[];
}

/**
 * By hand only into manual accounts: a linked account's rows come from its bank. The scheduler may
 * also write into a linked account: that row stands in until the bank's own arrives and the sync
 * matches the two (matchScheduledOccurrence), so the payment is counted once.
 */
function usable(account: { source: string; archivedAt: Date | null } | undefined, field: string, who: LedgerActor): void {
  if (!account) throw notFound("Account");
  if (account.source !== "manual" && who.source !== "scheduled") throw invalidField(field, "transactions can be added by hand only to manual accounts; a linked account's come from its bank", "errors.manualAccountsOnly");
  if (account.archivedAt) throw invalidField(field, "the account is archived; unarchive it first", "errors.accountArchivedUnarchive");
}

/**
 * Writes one expense, income or transfer (two linked rows) inside the caller's transaction: locks the
 * accounts, appends "added" events and an audit entry, recomputes the balances and credits a goal
 * whose linked account received a transfer. Signs: an expense and the outgoing leg are negative.
 */
export async function insertManualTransaction(tx: Prisma.TransactionClient, userId: string, input: CreateManualTransaction, who: LedgerActor): Promise<InsertedTransaction> {
  const accountIds = input.kind === "transfer" ? [input.accountId, input.toAccountId] : [input.accountId];
  if (input.kind === "transfer" && input.toAccountId === input.accountId) throw invalidField("toAccountId", "must be a different account", "errors.differentAccount");
  const accounts = await lockOwnedAccounts(tx, userId, accountIds);
  const from = accounts.get(input.accountId);
  usable(from, "accountId", who);
  const currency = from?.currency ?? "";
  const amount = parseAmountField(input.amount, currency, "amount");
  const date = new Date(`${input.date}T00:00:00Z`);
  const base = { userId, source: who.source, currency, date, postedAt: date, description: input.description, notes: input.notes ?? null } as const;

  if (input.kind !== "transfer") {
    if (input.categoryId && !(await tx.category.findFirst({ where: { id: input.categoryId, userId }, select: { id: true } }))) throw notFound("Category");
    const userPicked = Boolean(input.categoryId);
    const row = await tx.transaction.create({
      data: {
        ...base, accountId: input.accountId, amount: BigInt(input.kind === "expense" ? -amount : amount),
        scheduledOccurrenceId: who.scheduledOccurrenceId ?? null,
        ...(userPicked ? { categoryId: input.categoryId, categorySource: "user" as const, categoryConfidence: 1 } : {}),
      },
      select: SNAPSHOT_SELECT,
    });
    await tx.transactionEvent.create({ data: { userId, transactionId: row.id, kind: "added", source: who.changeSource, actor: who.actor, after: transactionSnapshot(row) } });
    await recordAudit(tx, { userId, actor: who.actor, action: "transaction.created", entityType: "Transaction", entityId: row.id, after: transactionSnapshot(row) });
    await recomputeAccountBalance(tx, input.accountId);
    return { ids: [row.id], categorize: userPicked ? [] : [row.id], date: input.date, impliedRate: null, goalAlerts: [] };
  }

  const to = accounts.get(input.toAccountId);
  usable(to, "toAccountId", who);
  const toCurrency = to?.currency ?? "";
  let toAmount = amount;
  if (toCurrency !== currency) {
    if (!input.toAmount) throw invalidField("toAmount", `is required when the accounts' currencies differ (${currency} to ${toCurrency})`, "errors.toAmountRequired", { from: currency, to: toCurrency });
    toAmount = parseAmountField(input.toAmount, toCurrency, "toAmount");
  } else if (input.toAmount && parseAmountField(input.toAmount, toCurrency, "toAmount") !== amount) {
    throw invalidField("toAmount", "must equal amount between accounts in the same currency", "errors.toAmountEqual");
  }
  const outgoing = await tx.transaction.create({
    data: { ...base, accountId: input.accountId, amount: BigInt(-amount), isTransfer: true, scheduledOccurrenceId: who.scheduledOccurrenceId ?? null },
    select: { id: true },
  });
  const incoming = await tx.transaction.create({
    data: { ...base, accountId: input.toAccountId, currency: toCurrency, amount: BigInt(toAmount), isTransfer: true, transferPeerId: outgoing.id },
    select: SNAPSHOT_SELECT,
  });
  const outgoingRow = await tx.transaction.update({ where: { id: outgoing.id }, data: { transferPeerId: incoming.id }, select: SNAPSHOT_SELECT });
  const rate = toCurrency === currency ? null : impliedRate(amount, currency, toAmount, toCurrency);
  for (const row of [outgoingRow, incoming]) {
    await tx.transactionEvent.create({ data: { userId, transactionId: row.id, kind: "added", source: who.changeSource, actor: who.actor, after: { ...transactionSnapshot(row), impliedRate: rate } } });
  }
  await recordAudit(tx, {
    userId, actor: who.actor, action: "transfer.created", entityType: "Transaction", entityId: outgoingRow.id,
    after: { from: transactionSnapshot(outgoingRow), to: transactionSnapshot(incoming), impliedRate: rate },
  });
  for (const id of accountIds) await recomputeAccountBalance(tx, id);
  const goalAlerts = await recordTransferContributions(tx, userId, { accountId: input.toAccountId, transactionId: incoming.id, amount: toAmount, currency: toCurrency, date: input.date });
  // Transfers are categorized as such by the categorizer (it knows the user's own accounts).
  return { ids: [outgoingRow.id, incoming.id], categorize: [outgoingRow.id, incoming.id], date: input.date, impliedRate: rate, goalAlerts };
}
