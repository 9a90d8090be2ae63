import { describe, expect, it } from "vitest";
import { listAlerts, countUnreadAlerts, markAlertsRead } from "@/lib/alerts/list-alerts";
import { getBudget, listBudgets } from "@/lib/budgets/list-budgets";
import { createBudget, deleteBudget, updateBudget } from "@/lib/budgets/save-budget";
import { prisma } from "@/lib/db";
import { AppError, toErrorResponse } from "@/lib/errors";
import { createManualAccount, createUser } from "../helpers/factories";

const NOW = new Date("2026-06-10T12:00:00Z");

async function dining(userId: string): Promise<string> {
  return (await prisma().category.findFirstOrThrow({ where: { userId, systemKey: "food_and_dining" } })).id;
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("budget input", () => {
  it.each([
    [{ scope: "category", categoryIds: [], period: "monthly", amount: 100, name: "X" }, "categoryIds: a category budget needs exactly one category"],
    [{ scope: "total", categoryIds: [], period: "monthly", amount: -1, name: "X" }, "amount: must not be negative"],
    [{ scope: "total", categoryIds: [], period: "monthly", amount: 10.5, name: "X" }, "amount: must be a whole number of minor units"],
    [{ scope: "total", categoryIds: [], period: "daily", amount: 100, name: "X" }, "period: must be weekly, monthly, quarterly or yearly"],
    [{ scope: "total", categoryIds: [], period: "weekly", weekStart: 7, amount: 100, name: "X" }, "weekStart: must be 0 (Sunday) to 6"],
    [{ scope: "total", categoryIds: [], period: "monthly", amount: 100, name: " " }, "name: is required"],
    [{ scope: "total", categoryIds: [], period: "monthly", amount: 100, name: "X", thresholds: [0] }, "thresholds.0: must be between 1 and 500"],
    [{ scope: "everything", period: "monthly", amount: 100, name: "X" }, "scope: must be category, group or total"],
  ])("refuses %o with 422 naming the field", async (input, message) => {
    const user = await createUser();
    const error = await errorOf(createBudget(user.id, input, { now: NOW }));
    expect(toErrorResponse(error)).toMatchObject({ status: 422, body: { error: { code: "validation", message } } });
    expect(await prisma().budget.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a category of another user as a 422 on categoryIds", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const error = await errorOf(createBudget(bob.id, { name: "Sneaky", scope: "category", categoryIds: [await dining(alice.id)], period: "monthly", amount: 100 }, { now: NOW }));
    expect(toErrorResponse(error)).toMatchObject({ status: 422, body: { error: { message: "categoryIds: contains a category that does not exist" } } });
  });

  it("refuses bad alert-list and mark-read input", async () => {
    const user = await createUser();
    expect(toErrorResponse(await errorOf(listAlerts(user.id, { limit: "0" })))).toMatchObject({ status: 422, body: { error: { message: "limit: must be between 1 and 200" } } });
    expect(toErrorResponse(await errorOf(markAlertsRead(user.id, { ids: ["nope"] })))).toMatchObject({ status: 422 });
  });
});

describe("a second user", () => {
  it("can neither read, change, delete nor mark read the first user's budget and alerts", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const account = await createManualAccount(alice.id);
    const category = await dining(alice.id);
    await prisma().transaction.create({ data: { userId: alice.id, accountId: account, source: "manual", amount: -9_000n, currency: "USD", date: new Date("2026-06-05T00:00:00Z"), description: "DINNER", categoryId: category } });
    const { id, alerts } = await createBudget(alice.id, { name: "Dining", scope: "category", categoryIds: [category], period: "monthly", amount: 10_000 }, { now: NOW });
    expect(alerts.map((a) => a.threshold)).toEqual([80]);

    expect(await listBudgets(bob.id, { now: NOW })).toEqual([]);
    // Thunks, so each attempt starts only when awaited (no rejection left unhandled meanwhile).
    for (const attempt of [
      () => getBudget(bob.id, id, { now: NOW }),
      () => updateBudget(bob.id, id, { name: "Mine", scope: "total", period: "monthly", amount: 1 }, { now: NOW }),
      () => deleteBudget(bob.id, id),
    ]) {
      const error = await errorOf(attempt());
      expect(error).toBeInstanceOf(AppError);
      expect(toErrorResponse(error)).toMatchObject({ status: 404, body: { error: { message: "Budget was not found" } } });
    }
    expect(await listAlerts(bob.id)).toEqual([]);
    expect(await markAlertsRead(bob.id, { ids: [alerts[0]!.id] })).toBe(0);
    expect(await markAlertsRead(bob.id, { all: true })).toBe(0);
    expect(await countUnreadAlerts(alice.id)).toBe(1);

    const kept = await getBudget(alice.id, id, { now: NOW });
    expect([kept.budget.name, kept.budget.amount, kept.status.spent]).toEqual(["Dining", 10_000, 9_000]);
    expect(kept.pace.sentence).toBe("At this pace you will exceed Dining by about $170 around the 12th.");
  });

  it("an edit that lowers the budget raises the crossed thresholds once; deleting removes its alerts", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const category = await dining(user.id);
    await prisma().transaction.create({ data: { userId: user.id, accountId: account, source: "manual", amount: -5_000n, currency: "USD", date: new Date("2026-06-05T00:00:00Z"), description: "DINNER", categoryId: category } });
    const base = { name: "Dining", scope: "category", categoryIds: [category], period: "monthly" };
    const { id, alerts } = await createBudget(user.id, { ...base, amount: 100_000 }, { now: NOW });
    expect(alerts).toEqual([]);
    expect((await updateBudget(user.id, id, { ...base, amount: 4_000 }, { now: NOW })).alerts.map((a) => a.threshold)).toEqual([80, 100]);
    expect((await updateBudget(user.id, id, { ...base, amount: 3_000 }, { now: NOW })).alerts).toEqual([]);
    expect(await countUnreadAlerts(user.id)).toBe(2);
    await deleteBudget(user.id, id);
    expect(await countUnreadAlerts(user.id)).toBe(0);
  });
});
