/**
 * What every manual write of transactions goes through, like a sync does: categorization and budget
 * alerts inside the writer's database transaction (so an alert commits with the spending that raised
 * it), then after commit the alert fan-out and anomaly detection.
 */
import { detectAnomaliesForUser } from "@/lib/anomalies/detect-anomalies-for-user";
import { evaluateBudgetAlerts, publishAlerts, type BudgetAlert } from "@/lib/budgets/evaluate-budget-alerts";
import { applyCategorization } from "@/lib/categorize/load-categorization-context";
import { database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishGoalAlerts } from "@/lib/goals/publish-goal-alerts";
import type { RaisedAlert } from "@/lib/goals/raise-goal-milestones";
import { logError } from "@/lib/log";
import { linkTransfers } from "@/lib/reconcile/link-transfers";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import { getLocalDate } from "@/lib/schedules/get-local-date";

/** The user's calendar date now, in their own time zone. */
export async function userToday(tx: Prisma.TransactionClient, userId: string, now = new Date()): Promise<CalendarDate> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  try {
    return getLocalDate(now, user?.timeZone ?? "UTC");
  } catch {
    return getLocalDate(now, "UTC");
  }
}

export interface LedgerChange {
  userId: string;
  /** Rows to (re)categorize: new rows whose category the user did not pick. */
  categorize: readonly string[];
  /** Booking dates whose spending changed (old and new date on an edit). */
  dates: readonly CalendarDate[];
  today: CalendarDate;
}

export async function inLedgerTransaction(tx: Prisma.TransactionClient, change: LedgerChange): Promise<BudgetAlert[]> {
  if (change.categorize.length) await applyCategorization(tx, change.userId, change.categorize, { actor: "system:categorize" });
  // New rows may be one leg of a transfer between the user's own accounts.
  if (change.categorize.length) await linkTransfers(tx, change.userId, change.categorize);
  if (change.dates.length === 0) return [];
  return evaluateBudgetAlerts(tx, { userId: change.userId, dates: [...new Set(change.dates)], today: change.today });
}

export interface CommittedLedgerChange {
  userId: string;
  /** New or changed rows for anomaly detection. */
  transactionIds: readonly string[];
  today: CalendarDate;
  budgetAlerts: readonly BudgetAlert[];
  goalAlerts: readonly RaisedAlert[];
}

/** After commit; never throws: the write has succeeded, and these only tell and analyse. */
export async function afterLedgerCommit(change: CommittedLedgerChange): Promise<void> {
  await publishAlerts(change.budgetAlerts);
  await publishGoalAlerts(change.userId, change.goalAlerts);
  if (change.transactionIds.length === 0) return;
  try {
    await detectAnomaliesForUser(database().sql, { userId: change.userId, transactionIds: change.transactionIds, today: change.today });
  } catch (error) {
    logError("anomaly detection after a manual change failed", error, { userId: change.userId });
  }
}
