/**
 * Budget threshold alerts, raised inside the same database transaction that records the spending
 * which crossed them, so an alert is never lost (it commits with the spending) nor duplicated (the
 * Alert row's unique (userId, dedupeKey) makes each threshold fire once per budget period).
 *
 * Every writer of transactions calls it: the sync engine, the statement import, manual edits,
 * corrections and re-categorizations:
 *
 * ```ts
 * import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
 *
 * const alerts = await prisma().$transaction(async (tx) => {
 *   // ... insert / update / remove Transaction rows for this user ...
 *   return evaluateBudgetAlerts(tx, { userId, dates: changedDates, today });
 * });
 * void publishAlerts(alerts); // AFTER commit: fan-out to open tabs and webhooks; never throws
 * ```
 *
 * `dates` are the booking dates (YYYY-MM-DD) whose spending changed: for an edit pass both the old
 * and the new date. `today` is the user's local calendar date. Only budgets whose current period
 * contains one of the dates are evaluated (rollover budgets also for earlier dates, since the carry
 * changes). A correction that lowers spending clears nothing stored: the figures are always derived,
 * and an alert already raised this period stays raised (and will not fire again).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatMoney } from "@/lib/money";
import { readNotificationPrefs } from "@/lib/settings/settings-input";
import { isInPeriod } from "./budget-period";
import { loadBudgetStatuses } from "./load-budget-statuses";
import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { alertMessages, readAlertMessages } from "@/lib/alerts/alert-messages";
import { explain, type ExplainMessage } from "@/lib/i18n/explain-message";

export { publishAlerts } from "@/lib/alerts/publish-alerts";
export type { BudgetAlert } from "@/lib/alerts/budget-alert";

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Namespace of the per-user advisory lock (the second key is a hash of the user id). */
const BUDGET_LOCK_NAMESPACE = 7_301;

export interface EvaluateBudgetAlertsInput {
  userId: string;
  /** Booking dates (YYYY-MM-DD) of the spending that changed. */
  dates: readonly string[];
  /** The user's current calendar date (YYYY-MM-DD). */
  today: string;
  /** Also evaluate these budgets whatever the dates (after a budget itself was edited). */
  budgetIds?: readonly string[];
}

export function budgetAlertDedupeKey(budgetId: string, periodStart: string, threshold: number): string {
  return `budget:${budgetId}:${periodStart}:${threshold}`;
}

function describeThreshold(name: string, threshold: number): string {
  if (threshold === 100) return `${name} budget reached`;
  if (threshold > 100) return `${name} budget over by ${threshold - 100}%`;
  return `${name} budget at ${threshold}%`;
}

/** describeThreshold as a catalog message (`explain.alert.*`); percentages as fractions the catalog formats. */
function thresholdMessage(name: string, threshold: number): ExplainMessage {
  if (threshold === 100) return explain("alert.budgetReached", { name });
  if (threshold > 100) return explain("alert.budgetOver", { name, share: (threshold - 100) / 100 });
  return explain("alert.budgetAt", { name, share: threshold / 100 });
}

function spentMessage(name: string, status: { spent: number; available: number; currency: string; percentUsedBasisPoints: number | null }): ExplainMessage {
  const spent = { money: status.spent, currency: status.currency };
  const available = { money: status.available, currency: status.currency };
  if (status.percentUsedBasisPoints === null) return explain("alert.budgetSpent", { name, spent, available });
  return explain("alert.budgetSpentPercent", { name, spent, available, share: Math.floor(status.percentUsedBasisPoints / 100) / 100 });
}

export async function evaluateBudgetAlerts(tx: Prisma.TransactionClient, input: EvaluateBudgetAlertsInput): Promise<BudgetAlert[]> {
  const { userId, today } = input;
  const dates = input.dates.filter((date) => CALENDAR_DATE.test(date));
  if (!CALENDAR_DATE.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const forced = new Set(input.budgetIds ?? []);
  if (dates.length === 0 && forced.size === 0) return [];

  // Two concurrent writers for one user each see only their own uncommitted rows, so together they
  // could cross 100% with neither noticing. Serializing the evaluation per user closes that: the
  // second waits here until the first commits, and its next statement (READ COMMITTED) sees both.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${BUDGET_LOCK_NAMESPACE}, hashtext($1))`, userId);

  const statuses = await loadBudgetStatuses(tx, userId, {
    today,
    include: (budget, current) =>
      forced.has(budget.id) ||
      dates.some((date) => isInPeriod(date, current) || (budget.rollover && date < current.start && date >= budget.startDate)),
  });
  const user = await tx.user.findUnique({ where: { id: userId }, select: { locale: true, notificationPrefs: true } });
  const locale = user?.locale ?? "en-US";
  const notify = readNotificationPrefs(user?.notificationPrefs).budgetAlerts;

  const candidates = statuses.flatMap(({ budget, status }) =>
    status.crossedThresholds.map((threshold) => {
      const spent = formatMoney({ amount: status.spent, currency: status.currency }, locale);
      const available = formatMoney({ amount: status.available, currency: status.currency }, locale);
      const percent = status.percentUsedBasisPoints === null ? "" : ` (${Math.floor(status.percentUsedBasisPoints / 100)}%)`;
      return {
        userId,
        kind: "budget_threshold" as const,
        dedupeKey: budgetAlertDedupeKey(budget.id, status.period.start, threshold),
        budgetId: budget.id,
        title: describeThreshold(budget.name, threshold),
        message: `You have spent ${spent} of ${available}${percent} in ${budget.name} this period.`,
        data: {
          threshold,
          periodStart: status.period.start,
          periodEnd: status.period.end,
          spent: status.spent,
          available: status.available,
          currency: status.currency,
          percentUsedBasisPoints: status.percentUsedBasisPoints,
          ...alertMessages(thresholdMessage(budget.name, threshold), spentMessage(budget.name, status)),
        },
      };
    }),
  );
  if (candidates.length === 0) return [];

  // A user who turned budget alerts off still gets the row, already read: the alert centre keeps the
  // history and the threshold stays spent for this period, so turning alerts back on mid-period does
  // not replay breaches the user chose not to hear about. Nothing is returned, so nothing is published
  // (no toast, no webhook).
  const readAt = notify ? null : new Date();
  // ON CONFLICT DO NOTHING: only rows actually inserted come back, so a threshold already raised
  // this period (even by a concurrent transaction that committed first) is not returned again.
  const created = await tx.alert.createManyAndReturn({ data: candidates.map((candidate) => ({ ...candidate, readAt })), skipDuplicates: true });
  if (!notify) return [];
  return created.map((row) => {
    const data = row.data as { threshold: number; periodStart: string };
    return {
      id: row.id,
      userId: row.userId,
      kind: "budget_threshold",
      budgetId: row.budgetId ?? "",
      threshold: data.threshold,
      periodStart: data.periodStart,
      title: row.title,
      message: row.message,
      ...readAlertMessages(row.data),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
