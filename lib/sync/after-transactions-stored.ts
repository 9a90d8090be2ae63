/**
 * The hook every sync page that stored transactions calls inside its own database transaction, so
 * budget alerts commit with the spending that crossed them. Returns the alerts to publish after commit.
 */
import { evaluateBudgetAlerts, type BudgetAlert } from "@/lib/budgets/evaluate-budget-alerts";
import { reapplyCorrections } from "@/lib/corrections/reapply-corrections";
import { linkTransfers } from "@/lib/reconcile/link-transfers";
import type { Tx } from "./bulk-insert";
import { profileStep } from "./sync-profile";

export interface StoredTransactionsInput {
  userId: string;
  transactionIds: readonly string[];
  /** The subset that can carry a user's correction (see IngestResult.correctableIds); all of transactionIds when omitted. */
  correctableIds?: readonly string[];
  /** Booking dates (YYYY-MM-DD) whose spending changed. */
  dates: readonly string[];
  /** The user's calendar date. */
  today: string;
}

export async function afterTransactionsStored(tx: Tx, input: StoredTransactionsInput): Promise<BudgetAlert[]> {
  if (input.transactionIds.length === 0 && input.dates.length === 0) return [];
  // The user's corrections win over a bank's modification; then both legs of a transfer are linked.
  await profileStep("after: corrections", () => reapplyCorrections(tx, input.userId, input.correctableIds ?? input.transactionIds));
  const transferDates = await profileStep("after: transfers", () => linkTransfers(tx, input.userId, input.transactionIds));
  return profileStep("after: budgets", () => evaluateBudgetAlerts(tx, { userId: input.userId, dates: [...new Set([...input.dates, ...transferDates])], today: input.today }));
}
