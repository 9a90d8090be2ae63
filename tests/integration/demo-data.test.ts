import { describe, expect, it } from "vitest";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getOverview } from "@/lib/analytics/get-overview";
import { prisma } from "@/lib/db";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { toErrorResponse } from "@/lib/errors";
import { createManualAccount, createUser } from "../helpers/factories";

const NOW = new Date("2026-06-20T12:00:00Z");

describe("load demo data", () => {
  let first: { id: string } | undefined;
  it("fills an empty account with a year of categorized history, budgets and balances that match the ledger", { timeout: 120_000 }, async () => {
    const user = await createUser("New Nora");
    first = user;
    expect((await getOverview(await loadAnalyticsScope(user.id))).empty).toBe(true);

    const result = await loadDemoData(user.id, NOW);
    expect(result).toMatchObject({ created: true, accounts: 3, budgets: 3 });
    expect(result.transactions).toBeGreaterThan(400);

    const accounts = await prisma().account.findMany({ where: { userId: user.id }, orderBy: { name: "asc" }, select: { id: true, name: true, type: true, source: true, openingBalance: true, currentBalance: true } });
    expect(accounts.map((a) => [a.name, a.type, a.source])).toEqual([
      ["Everyday Checking", "checking", "manual"], ["High Yield Savings", "savings", "manual"], ["Sapphire Card", "credit_card", "manual"],
    ]);
    for (const account of accounts) {
      const sum = await prisma().transaction.aggregate({ where: { accountId: account.id, removedAt: null, mergedIntoId: null }, _sum: { amount: true } });
      expect(account.currentBalance).toBe(account.openingBalance + (sum._sum.amount ?? 0n));
    }
    const transactions = await prisma().transaction.findMany({ where: { userId: user.id }, select: { date: true, categoryId: true, isTransfer: true } });
    expect(transactions.every((t) => t.date.toISOString().slice(0, 10) <= "2026-06-20")).toBe(true);
    expect(transactions.some((t) => t.date.toISOString().slice(0, 10) < "2025-08-01")).toBe(true);
    // Categorized by the real categorizer, and card payments paired as transfers between own accounts.
    expect(transactions.filter((t) => t.categoryId !== null).length / transactions.length).toBeGreaterThan(0.9);
    expect(transactions.some((t) => t.isTransfer)).toBe(true);
    expect((await prisma().budget.findMany({ where: { userId: user.id }, orderBy: { name: "asc" } })).map((b) => [b.name, b.period])).toEqual([
      ["Food & dining", "monthly"], ["Shopping", "monthly"], ["Transportation", "monthly"],
    ]);
    const overview = await getOverview(await loadAnalyticsScope(user.id));
    expect(overview.empty).toBe(false);
  });

  it("is idempotent, also when clicked twice at once, and a second user gets a copy of their own", { timeout: 120_000 }, async () => {
    const nora = first;
    if (!nora) throw new Error("the first test loads Nora's demo data");
    const count = await prisma().transaction.count({ where: { userId: nora.id } });
    expect(await loadDemoData(nora.id, NOW)).toEqual({ created: false, accounts: 0, transactions: 0, budgets: 0 });
    expect(await prisma().transaction.count({ where: { userId: nora.id } })).toBe(count);

    const omar = await createUser("Omar");
    const [one, two] = await Promise.all([loadDemoData(omar.id, NOW), loadDemoData(omar.id, NOW)]);
    expect([one.created, two.created].sort()).toEqual([false, true]);
    expect(await prisma().account.count({ where: { userId: omar.id } })).toBe(3);
    expect(await prisma().budget.count({ where: { userId: omar.id } })).toBe(3);
    expect(await prisma().transaction.count({ where: { userId: omar.id } })).toBe(count);
    // Nora's rows are untouched by Omar's load.
    expect(await prisma().transaction.count({ where: { userId: nora.id } })).toBe(count);
    expect(await prisma().account.count({ where: { userId: nora.id } })).toBe(3);
  });

  it("refuses an account that already has data of its own with 409", async () => {
    const user = await createUser();
    await createManualAccount(user.id, "My own checking");
    const refused = await loadDemoData(user.id, NOW).then(() => null, (error: unknown) => toErrorResponse(error));
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "conflict", message: "Demo data can only be loaded into an empty account; this one already has accounts or bank connections" } } });
    expect(await prisma().account.count({ where: { userId: user.id } })).toBe(1);
  });
});
