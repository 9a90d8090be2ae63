import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logInfo, logWarn } from "@/lib/log";
import { formatMinorAsDecimal, minorFromBigInt } from "@/lib/money";
import { afterLedgerCommit, inLedgerTransaction } from "@/lib/manual-transactions/ledger-hooks";
import { insertManualTransaction } from "@/lib/manual-transactions/insert-manual-transaction";
import type { CreateManualTransaction } from "@/lib/manual-transactions/transaction-input";
import { addDays, type CalendarDate } from "@/lib/schedules/calendar-date";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { dueOccurrences, nextOccurrences, type Occurrence, type Schedule } from "@/lib/schedules/next-occurrences";
import { toSchedule } from "./to-schedule";

/** A schedule far behind catches up over several ticks rather than in one long run. */
export const MAX_OCCURRENCES_PER_RUN = 200;

export interface RunDueSchedulesOptions {
  userId?: string;
  scheduleId?: string;
}

export interface RunDueSchedulesResult {
  schedules: number;
  /** Occurrences this run created; another run that got there first makes this 0, never a duplicate. */
  created: number;
}

const SELECT = {
  id: true, userId: true, accountId: true, toAccountId: true, description: true, amount: true, currency: true, categoryId: true,
  recurrence: true, startDate: true, endDate: true, occurrenceLimit: true, weekendRule: true, user: { select: { timeZone: true } },
} as const;

type Row = { id: string; userId: string; accountId: string; toAccountId: string | null; description: string; amount: bigint; categoryId: string | null };

function localToday(now: Date, timeZone: string): CalendarDate {
  try {
    return getLocalDate(now, timeZone);
  } catch {
    return getLocalDate(now, "UTC");
  }
}

function toEntry(row: Row, occurrence: Occurrence, currency: string): CreateManualTransaction {
  const amount = minorFromBigInt(row.amount);
  const magnitude = formatMinorAsDecimal(Math.abs(amount), currency);
  if (row.toAccountId) return { kind: "transfer", accountId: row.accountId, toAccountId: row.toAccountId, amount: magnitude, date: occurrence.date, description: row.description };
  return { kind: amount < 0 ? "expense" : "income", accountId: row.accountId, amount: magnitude, date: occurrence.date, description: row.description, categoryId: row.categoryId };
}

/**
 * Creates one occurrence exactly once: the (scheduleId, dueDate) unique key with INSERT … ON CONFLICT
 * DO NOTHING RETURNING decides which run owns it; a concurrent run waits on that key, gets no row
 * back and moves on. The occurrence, its transaction and their audit trail commit together.
 */
async function createOccurrence(row: Row & { currency: string }, occurrence: Occurrence, today: CalendarDate): Promise<boolean> {
  const result = await prisma().$transaction(async (tx) => {
    const claimed = await tx.scheduledOccurrence.createManyAndReturn({
      data: [{ scheduleId: row.id, dueDate: new Date(`${occurrence.nominalDate}T00:00:00Z`) }],
      skipDuplicates: true,
      select: { id: true },
    });
    const occurrenceId = claimed[0]?.id;
    if (!occurrenceId) return null;
    const inserted = await insertManualTransaction(tx, row.userId, toEntry(row, occurrence, row.currency), {
      source: "scheduled", changeSource: "system", actor: "system:scheduler", scheduledOccurrenceId: occurrenceId,
    });
    await tx.scheduledOccurrence.update({ where: { id: occurrenceId }, data: { transactionId: inserted.ids[0] ?? null } });
    await recordAudit(tx, { userId: row.userId, actor: "system:scheduler", action: "scheduled_occurrence.created", entityType: "ScheduledOccurrence", entityId: occurrenceId, after: { scheduleId: row.id, ...occurrence } });
    const budgetAlerts = await inLedgerTransaction(tx, { userId: row.userId, categorize: inserted.categorize, dates: [occurrence.date], today });
    return { ids: inserted.ids, budgetAlerts, goalAlerts: inserted.goalAlerts };
  }, { timeout: 30_000 });
  if (!result) return false;
  await afterLedgerCommit({ userId: row.userId, transactionIds: result.ids, today, budgetAlerts: result.budgetAlerts, goalAlerts: result.goalAlerts });
  return true;
}

/** The date of the first occurrence after `today` (all up to today are created by then). */
function nextDueDate(schedule: Schedule, today: CalendarDate): Date | null {
  const next = nextOccurrences(schedule, addDays(today, 1), 1)[0];
  return next ? new Date(`${next.date}T00:00:00Z`) : null;
}

/**
 * Creates every occurrence that is due (on or before the user's local today) and not yet created,
 * then moves each schedule's nextDate on. Safe to run twice, late or concurrently: see createOccurrence.
 * The in-process scheduler calls it on each tick; creating a schedule calls it for that schedule.
 */
export async function runDueSchedules(now: Date = new Date(), options: RunDueSchedulesOptions = {}): Promise<RunDueSchedulesResult> {
  // Time zones run up to 14 hours ahead of UTC, so a local "today" can be tomorrow in UTC.
  const horizon = new Date(`${addDays(now.toISOString().slice(0, 10), 1)}T00:00:00Z`);
  const rows = await prisma().scheduledTransaction.findMany({
    where: { pausedAt: null, nextDate: { not: null, lte: horizon }, ...(options.userId ? { userId: options.userId } : {}), ...(options.scheduleId ? { id: options.scheduleId } : {}) },
    select: SELECT,
    orderBy: { nextDate: "asc" },
  });
  let created = 0;
  for (const row of rows) {
    const today = localToday(now, row.user.timeZone);
    const schedule = toSchedule(row);
    const last = await prisma().scheduledOccurrence.findFirst({ where: { scheduleId: row.id }, orderBy: { dueDate: "desc" }, select: { dueDate: true } });
    const due = dueOccurrences(schedule, last ? last.dueDate.toISOString().slice(0, 10) : null, today);
    try {
      for (const occurrence of due.slice(0, MAX_OCCURRENCES_PER_RUN)) if (await createOccurrence({ ...row, currency: row.currency.trim() }, occurrence, today)) created += 1;
    } catch (error) {
      // The account was archived or deleted since: pause rather than fail on every tick.
      if (!(error instanceof AppError)) throw error;
      logWarn("pausing a schedule that can no longer post", { scheduleId: row.id, reason: error.message });
      await prisma().scheduledTransaction.update({ where: { id: row.id }, data: { pausedAt: now } });
      continue;
    }
    const backlog = due[MAX_OCCURRENCES_PER_RUN];
    await prisma().scheduledTransaction.update({
      where: { id: row.id },
      data: { nextDate: backlog ? new Date(`${backlog.date}T00:00:00Z`) : nextDueDate(schedule, today) },
    });
  }
  if (created) logInfo("scheduled transactions created", { created, schedules: rows.length });
  return { schedules: rows.length, created };
}
