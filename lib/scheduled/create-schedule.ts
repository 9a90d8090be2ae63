import { lockOwnedAccounts } from "@/lib/accounts/lock-owned-accounts";
import { parseAmountField } from "@/lib/accounts/parse-amount-field";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";
import { addDays } from "@/lib/schedules/calendar-date";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { nextOccurrences } from "@/lib/schedules/next-occurrences";
import { getSchedule, type ScheduleSummary } from "./list-schedules";
import { runDueSchedules } from "./run-due-schedules";
import { CreateScheduleInput } from "./schedule-input";
import { toSchedule } from "./to-schedule";

/** How far back a new schedule may start: its missed occurrences are created at once. */
export const MAX_BACKDATE_DAYS = 366;

/**
 * Schedules a future (or recent, caught up now) transaction. Any account of the user's may carry
 * one; a transfer must stay within one currency, since a future rate is unknown.
 */
export async function createSchedule(userId: string, input: unknown, now = new Date()): Promise<ScheduleSummary> {
  const parsed = CreateScheduleInput.parse(input);
  const id = await prisma().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
    const today = getLocalDate(now, user.timeZone);
    if (parsed.startDate < addDays(today, -MAX_BACKDATE_DAYS)) throw invalidField("startDate", "must be within the last year", "errors.withinLastYear");
    const accounts = await lockOwnedAccounts(tx, userId, parsed.toAccountId ? [parsed.accountId, parsed.toAccountId] : [parsed.accountId]);
    const from = accounts.get(parsed.accountId);
    if (!from) throw notFound("Account");
    if (from.archivedAt) throw invalidField("accountId", "the account is archived", "errors.accountArchived");
    if (parsed.toAccountId) {
      if (parsed.toAccountId === parsed.accountId) throw invalidField("toAccountId", "must be a different account", "errors.differentAccount");
      if (accounts.get(parsed.toAccountId)?.currency !== from.currency) throw invalidField("toAccountId", "a scheduled transfer must stay in one currency", "errors.transferOneCurrency");
    }
    if (parsed.categoryId && !(await tx.category.findFirst({ where: { id: parsed.categoryId, userId }, select: { id: true } }))) throw notFound("Category");
    const magnitude = parseAmountField(parsed.amount, from.currency, "amount");
    const recurrence = { frequency: parsed.frequency, interval: parsed.interval, ...(parsed.dayOfMonth ? { dayOfMonth: parsed.dayOfMonth } : {}) };
    const row = {
      recurrence, startDate: new Date(`${parsed.startDate}T00:00:00Z`), endDate: parsed.endDate ? new Date(`${parsed.endDate}T00:00:00Z`) : null,
      occurrenceLimit: parsed.count ?? null, weekendRule: parsed.weekendRule,
    };
    const first = nextOccurrences(toSchedule(row), parsed.startDate, 1)[0];
    if (!first) throw invalidField("endDate", "the schedule has no occurrence before it ends", "errors.scheduleNoOccurrence");
    const schedule = await tx.scheduledTransaction.create({
      data: {
        userId, accountId: parsed.accountId, toAccountId: parsed.toAccountId ?? null, description: parsed.description,
        amount: BigInt(parsed.kind === "income" ? magnitude : -magnitude), currency: from.currency, categoryId: parsed.categoryId ?? null,
        ...row, nextDate: new Date(`${first.date}T00:00:00Z`),
      },
    });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "schedule.created", entityType: "ScheduledTransaction", entityId: schedule.id, after: { ...parsed } });
    return schedule.id;
  });
  await runDueSchedules(now, { scheduleId: id });
  return getSchedule(userId, id, now);
}
