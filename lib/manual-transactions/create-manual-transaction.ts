import { prisma } from "@/lib/db";
import { getManualTransactions, type ManualTransaction } from "./get-manual-transactions";
import { afterLedgerCommit, inLedgerTransaction, userToday } from "./ledger-hooks";
import { insertManualTransaction } from "./insert-manual-transaction";
import { CreateManualTransactionInput } from "./transaction-input";

export interface CreatedManualTransaction {
  transactions: ManualTransaction[];
  impliedRate: string | null;
}

/** Adds an expense, an income or a transfer between two of the user's manual accounts. */
export async function createManualTransaction(userId: string, input: unknown, now = new Date()): Promise<CreatedManualTransaction> {
  const parsed = CreateManualTransactionInput.parse(input);
  const { inserted, budgetAlerts, today } = await prisma().$transaction(async (tx) => {
    const today = await userToday(tx, userId, now);
    const inserted = await insertManualTransaction(tx, userId, parsed, { source: "manual", changeSource: "user", actor: `user:${userId}` });
    const budgetAlerts = await inLedgerTransaction(tx, { userId, categorize: inserted.categorize, dates: [inserted.date], today });
    return { inserted, budgetAlerts, today };
  });
  await afterLedgerCommit({ userId, transactionIds: inserted.ids, today, budgetAlerts, goalAlerts: inserted.goalAlerts });
  return { transactions: await getManualTransactions(userId, inserted.ids), impliedRate: inserted.impliedRate };
}
