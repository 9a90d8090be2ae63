import { describe, expect, it } from "vitest";
import { createManualAccount } from "@/lib/accounts/create-manual-account";
import { getAccount } from "@/lib/accounts/list-accounts";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createSchedule } from "@/lib/scheduled/create-schedule";
import { deleteSchedule } from "@/lib/scheduled/delete-schedule";
import { getSchedule, listSchedules } from "@/lib/scheduled/list-schedules";
import { listUpcomingOccurrences } from "@/lib/scheduled/list-upcoming-occurrences";
import { runDueSchedules } from "@/lib/scheduled/run-due-schedules";
import { createUser } from "../helpers/factories";

const NOW = new Date("2026-11-21T12:00:00Z");

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

async function scheduledRows(accountId: string) {
  return prisma().transaction.findMany({ where: { accountId, source: "scheduled" }, orderBy: { date: "asc" }, select: { date: true, amount: true, scheduledOccurrenceId: true } });
}

describe("scheduled transactions", () => {
  it("catches up on creation, moves weekend dates, and creates each occurrence once however often it runs", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, { name: "Checking", type: "checking", currency: "USD", openingBalance: "5000.00" });
    // 2026-11-01 is a Sunday: with "after" it is due Monday the 2nd.
    const rent = await createSchedule(user.id, { kind: "expense", accountId: account.id, amount: "1200.00", description: "Rent", frequency: "monthly", startDate: "2026-09-01", weekendRule: "after" }, NOW);
    expect(rent.createdCount).toBe(3);
    expect(rent.upcoming).toEqual(["2026-12-01", "2027-01-01", "2027-02-01"]);
    expect((await scheduledRows(account.id)).map((r) => r.date.toISOString().slice(0, 10))).toEqual(["2026-09-01", "2026-10-01", "2026-11-02"]);

    await Promise.all([runDueSchedules(NOW), runDueSchedules(NOW), runDueSchedules(NOW)]);
    expect(await scheduledRows(account.id)).toHaveLength(3);
    expect((await getAccount(user.id, account.id)).currentBalance).toBe(500_000 - 3 * 120_000);

    // Late by a month: December and January arrive once each, in order, even with two runs at once.
    const late = new Date("2027-01-05T09:00:00Z");
    const results = await Promise.all([runDueSchedules(late), runDueSchedules(late)]);
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(2);
    const rows = await scheduledRows(account.id);
    expect(rows.map((r) => r.date.toISOString().slice(0, 10))).toEqual(["2026-09-01", "2026-10-01", "2026-11-02", "2026-12-01", "2027-01-01"]);
    expect(new Set(rows.map((r) => r.scheduledOccurrenceId)).size).toBe(5);
    expect(await prisma().scheduledOccurrence.count({ where: { scheduleId: rent.id } })).toBe(5);
    const events = await prisma().transactionEvent.findMany({ where: { userId: user.id, kind: "added" }, select: { actor: true, source: true } });
    expect(events).toHaveLength(5);
    expect(events.every((e) => e.actor === "system:scheduler" && e.source === "system")).toBe(true);
    expect((await getAccount(user.id, account.id)).currentBalance).toBe(500_000 - 5 * 120_000);
  });

  it("lists upcoming occurrences for the overview, soonest first, honouring count and end", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, { name: "Main", type: "checking", currency: "EUR" });
    await createSchedule(user.id, { kind: "income", accountId: account.id, amount: "2500", description: "Salary", frequency: "weekly", interval: 2, startDate: "2026-11-27" }, NOW);
    await createSchedule(user.id, { kind: "expense", accountId: account.id, amount: "80", description: "Insurance", frequency: "yearly", startDate: "2026-12-01", count: 1 }, NOW);
    await createSchedule(user.id, { kind: "expense", accountId: account.id, amount: "31", description: "Month end", frequency: "monthly", startDate: "2026-12-31", endDate: "2027-02-28", weekendRule: "before" }, NOW);
    const upcoming = await listUpcomingOccurrences(user.id, 70, NOW);
    expect(upcoming.map((o) => [o.date, o.description, o.amount])).toEqual([
      ["2026-11-27", "Salary", 250_000],
      ["2026-12-01", "Insurance", -8_000],
      ["2026-12-11", "Salary", 250_000],
      ["2026-12-25", "Salary", 250_000],
      ["2026-12-31", "Month end", -3_100],
      ["2027-01-08", "Salary", 250_000],
      ["2027-01-22", "Salary", 250_000],
      ["2027-01-29", "Month end", -3_100], // Sunday the 31st moves to Friday
    ]);
    expect((await listSchedules(user.id, NOW)).map((s) => s.createdCount)).toEqual([0, 0, 0]);
  });

  it("answers bad input with 422 naming the field", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, { name: "Main", type: "checking", currency: "USD" });
    const base = { kind: "expense", accountId: account.id, amount: "10", description: "Gym", frequency: "monthly", startDate: "2026-12-01" };
    expect(await failure(createSchedule(user.id, { ...base, frequency: "hourly" }, NOW))).toEqual({ status: 422, message: "frequency: must be daily, weekly, monthly or yearly" });
    expect(await failure(createSchedule(user.id, { ...base, endDate: "2026-11-01" }, NOW))).toEqual({ status: 422, message: "endDate: must not be before startDate" });
    expect(await failure(createSchedule(user.id, { ...base, weekendRule: "sometimes" }, NOW))).toEqual({ status: 422, message: "weekendRule: must be none, before or after" });
    expect(await failure(createSchedule(user.id, { ...base, startDate: "2024-01-01" }, NOW))).toEqual({ status: 422, message: "startDate: must be within the last year" });
    expect(await failure(createSchedule(user.id, { ...base, kind: "transfer" }, NOW))).toEqual({ status: 422, message: "toAccountId: is required for a transfer, and only for one" });
  });

  it("a second user can neither see, create against nor delete the first user's schedules", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const account = await createManualAccount(alice.id, { name: "Alice", type: "checking", currency: "USD" });
    const schedule = await createSchedule(alice.id, { kind: "expense", accountId: account.id, amount: "10", description: "Gym", frequency: "monthly", startDate: "2026-12-01" }, NOW);
    expect(await listSchedules(bob.id, NOW)).toEqual([]);
    expect(await listUpcomingOccurrences(bob.id, 60, NOW)).toEqual([]);
    expect(await failure(getSchedule(bob.id, schedule.id, NOW))).toEqual({ status: 404, message: "Schedule was not found" });
    expect(await failure(deleteSchedule(bob.id, schedule.id))).toEqual({ status: 404, message: "Schedule was not found" });
    expect(await failure(createSchedule(bob.id, { kind: "expense", accountId: account.id, amount: "10", description: "x", frequency: "monthly", startDate: "2026-12-01" }, NOW)))
      .toEqual({ status: 404, message: "Account was not found" });
    expect((await getSchedule(alice.id, schedule.id, NOW)).description).toBe("Gym");
  });
});
