import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { minorFromBigInt } from "@/lib/money";
import { getLocalDate } from "@/lib/schedules/get-local-date";
import { nextOccurrences } from "@/lib/schedules/next-occurrences";
import { toSchedule } from "./to-schedule";

export interface ScheduleSummary {
  id: string;
  description: string;
  kind: "expense" | "income" | "transfer";
  accountId: string;
  accountName: string;
  toAccountName: string | null;
  /** Signed minor units, negative for money leaving accountId. */
  amount: number;
  currency: string;
  frequency: string;
  interval: number;
  weekendRule: string;
  startDate: string;
  endDate: string | null;
  occurrenceLimit: number | null;
  paused: boolean;
  /** The next three dates still to come. */
  upcoming: string[];
  /** Occurrences already created, newest first (at most 12). */
  created: { dueDate: string; transactionId: string | null }[];
  createdCount: number;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

async function load(userId: string, where: { id?: string }, now: Date): Promise<ScheduleSummary[]> {
  const db = prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const today = getLocalDate(now, user.timeZone);
  const rows = await db.scheduledTransaction.findMany({
    where: { userId, ...where },
    orderBy: { createdAt: "asc" },
    include: { occurrences: { orderBy: { dueDate: "desc" }, take: 12, select: { dueDate: true, transactionId: true } }, _count: { select: { occurrences: true } } },
  });
  const accountIds = rows.flatMap((row) => [row.accountId, ...(row.toAccountId ? [row.toAccountId] : [])]);
  const names = new Map((await db.account.findMany({ where: { userId, id: { in: accountIds } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
  return rows.map((row) => {
    const schedule = toSchedule(row);
    const createdNominal = new Set(row.occurrences.map((o) => day(o.dueDate)));
    const upcoming = nextOccurrences(schedule, today, 6).filter((o) => !createdNominal.has(o.nominalDate)).slice(0, 3).map((o) => o.date);
    const amount = minorFromBigInt(row.amount);
    return {
      id: row.id, description: row.description, kind: row.toAccountId ? "transfer" : amount < 0 ? "expense" : "income",
      accountId: row.accountId, accountName: names.get(row.accountId) ?? "—", toAccountName: row.toAccountId ? (names.get(row.toAccountId) ?? "—") : null,
      amount, currency: row.currency, frequency: schedule.frequency, interval: schedule.interval ?? 1, weekendRule: row.weekendRule,
      startDate: day(row.startDate), endDate: row.endDate ? day(row.endDate) : null, occurrenceLimit: row.occurrenceLimit, paused: row.pausedAt !== null,
      upcoming, created: row.occurrences.map((o) => ({ dueDate: day(o.dueDate), transactionId: o.transactionId })), createdCount: row._count.occurrences,
    };
  });
}

export async function listSchedules(userId: string, now = new Date()): Promise<ScheduleSummary[]> {
  return load(userId, {}, now);
}

export async function getSchedule(userId: string, scheduleId: string, now = new Date()): Promise<ScheduleSummary> {
  const [found] = await load(userId, { id: scheduleId }, now);
  if (!found) throw notFound("Schedule");
  return found;
}
