import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { evaluateBudgetAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { createBudget } from "@/lib/budgets/save-budget";
import { getBudget } from "@/lib/budgets/list-budgets";
import { createManualAccount, createUser } from "../helpers/factories";

const NOW = new Date("2026-06-10T12:00:00Z");
const TODAY = "2026-06-10";

async function categoryId(userId: string, systemKey: string): Promise<string> {
  const category = await prisma().category.findFirstOrThrow({ where: { userId, systemKey }, select: { id: true } });
  return category.id;
}

interface Spend {
  amount: number;
  date?: string;
  categoryKey?: string | null;
  pending?: boolean;
  isTransfer?: boolean;
  excluded?: boolean;
  currency?: string;
  splits?: { amount: number; categoryKey: string | null }[];
}

/** Records spending the way every writer must: the row and the evaluation in one transaction. */
async function spend(userId: string, accountId: string, items: Spend[]) {
  const keys = new Set(["restaurants", ...items.flatMap((item) => [item.categoryKey, ...(item.splits ?? []).map((s) => s.categoryKey)]).filter((k): k is string => !!k)]);
  const ids = new Map<string, string>();
  for (const key of keys) ids.set(key, await categoryId(userId, key));
  return prisma().$transaction(async (tx) => {
    for (const item of items) {
      const date = item.date ?? TODAY;
      const row = await tx.transaction.create({
        data: {
          userId, accountId, source: "manual", amount: BigInt(item.amount), currency: item.currency ?? "USD", date: new Date(`${date}T00:00:00Z`),
          description: "TEST", pending: item.pending ?? false, isTransfer: item.isTransfer ?? false, excluded: item.excluded ?? false,
          categoryId: item.categoryKey === undefined ? ids.get("restaurants") ?? null : item.categoryKey ? ids.get(item.categoryKey) ?? null : null,
        },
      });
      for (const split of item.splits ?? []) {
        await tx.transactionSplit.create({ data: { userId, transactionId: row.id, amount: BigInt(split.amount), categoryId: split.categoryKey ? ids.get(split.categoryKey) ?? null : null } });
      }
    }
    return evaluateBudgetAlerts(tx, { userId, dates: items.map((item) => item.date ?? TODAY), today: TODAY });
  });
}

async function setup(budget: Record<string, unknown> = {}) {
  const user = await createUser();
  const account = await createManualAccount(user.id);
  const dining = await categoryId(user.id, "food_and_dining");
  const created = await createBudget(user.id, { name: "Dining", scope: "category", categoryIds: [dining], period: "monthly", amount: 40_000, ...budget }, { now: NOW });
  return { userId: user.id, account, budgetId: created.id };
}

describe("budget alerts", () => {
  it("fire each threshold once per period, with the dedupe key", async () => {
    const { userId, account, budgetId } = await setup();
    expect(await spend(userId, account, [{ amount: -20_000 }])).toEqual([]);
    const first = await spend(userId, account, [{ amount: -12_000 }]);
    expect(first.map((a) => [a.threshold, a.title])).toEqual([[80, "Dining budget at 80%"]]);
    expect(first[0]?.message).toBe("You have spent $320.00 of $400.00 (80%) in Dining this period.");
    // A refund drops it below 80%, a new purchase crosses again: no second 80% alert.
    await spend(userId, account, [{ amount: 5_000 }]);
    expect(await spend(userId, account, [{ amount: -4_000 }])).toEqual([]);
    const second = await spend(userId, account, [{ amount: -10_000 }]);
    expect(second.map((a) => a.threshold)).toEqual([100]);
    const rows = await prisma().alert.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.dedupeKey)).toEqual([`budget:${budgetId}:2026-06-01:80`, `budget:${budgetId}:2026-06-01:100`]);
    const status = await getBudget(userId, budgetId, { now: NOW });
    expect(status.status.spent).toBe(41_000);
    expect(status.status.remaining).toBe(-1_000);
  });

  it("count refunds, splits and sub-categories; ignore transfers, excluded, merged, removed, other currencies and other categories", async () => {
    const { userId, account, budgetId } = await setup();
    await spend(userId, account, [
      { amount: -10_000, categoryKey: "restaurants" },
      { amount: -3_000, categoryKey: "food_and_dining" },
      { amount: 1_000, categoryKey: "restaurants" },
      { amount: -50_000, isTransfer: true },
      { amount: -50_000, excluded: true },
      { amount: -50_000, currency: "EUR" },
      { amount: -50_000, categoryKey: "fuel" },
      { amount: -50_000, date: "2026-05-31" },
      { amount: -9_000, categoryKey: "shopping", splits: [{ amount: -4_000, categoryKey: "groceries" }, { amount: -5_000, categoryKey: "clothing" }] },
    ]);
    const merged = await prisma().transaction.create({ data: { userId, accountId: account, source: "manual", amount: -50_000n, currency: "USD", date: new Date(`${TODAY}T00:00:00Z`), description: "M", categoryId: await categoryId(userId, "restaurants"), mergedIntoId: account } });
    await prisma().transaction.create({ data: { userId, accountId: account, source: "manual", amount: -50_000n, currency: "USD", date: new Date(`${TODAY}T00:00:00Z`), description: "R", categoryId: await categoryId(userId, "restaurants"), removedAt: new Date() } });
    expect(merged.id).toBeTruthy();
    const status = await getBudget(userId, budgetId, { now: NOW });
    expect(status.status.spent).toBe(10_000 + 3_000 - 1_000 + 4_000);
    expect(status.status.countedTransactions).toBe(4);
  });

  it("count pending spending unless the budget switches it off", async () => {
    const withPending = await setup();
    expect((await spend(withPending.userId, withPending.account, [{ amount: -33_000, pending: true }])).map((a) => a.threshold)).toEqual([80]);
    const without = await setup({ includePending: false });
    expect(await spend(without.userId, without.account, [{ amount: -33_000, pending: true }])).toEqual([]);
    expect((await getBudget(without.userId, without.budgetId, { now: NOW })).status.spent).toBe(0);
  });

  it("a total budget ignores income and uncategorized inflows but counts categorized refunds", async () => {
    const { userId, account, budgetId } = await setup({ name: "Everything", scope: "total", categoryIds: [], amount: 100_000 });
    await spend(userId, account, [
      { amount: -30_000, categoryKey: "restaurants" },
      { amount: -20_000, categoryKey: null },
      { amount: 500_000, categoryKey: "salary" },
      { amount: 70_000, categoryKey: null },
      { amount: 2_000, categoryKey: "clothing" },
      { amount: -9_000, categoryKey: "account_transfer" },
    ]);
    expect((await getBudget(userId, budgetId, { now: NOW })).status.spent).toBe(48_000);
  });

  it("rolls unspent money over into the next period", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const dining = await categoryId(user.id, "food_and_dining");
    const { id } = await createBudget(user.id, { name: "Dining", scope: "category", categoryIds: [dining], period: "monthly", amount: 40_000, rollover: true }, { now: new Date("2026-05-10T12:00:00Z") });
    await spend(user.id, account, [{ amount: -30_000, date: "2026-05-05" }, { amount: -35_000 }]);
    const status = await getBudget(user.id, id, { now: NOW });
    expect(status.status.carriedOver).toBe(10_000);
    expect(status.status.available).toBe(50_000);
    expect(status.history.map((p) => [p.start, p.spent])).toEqual([["2026-05-01", 30_000]]);
  });
});
