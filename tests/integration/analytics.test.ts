/**
 * Analytics figures against totals computed by hand on a fixed dataset that contains every kind of
 * row the rules treat differently: splits, refunds, pending, transfers, excluded, merged, removed,
 * another currency, uncategorized inflows and outflows, and another user's spending.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AnalyticsScope } from "@/lib/analytics/analytics-scope";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getAnalyticsReport, type CashFlowReport, type CategoriesReport, type ComparisonReport, type MerchantReport, type MerchantsReport, type NetWorthReport } from "@/lib/analytics/get-analytics-report";
import { getNetWorthHistory } from "@/lib/analytics/get-net-worth-history";
import { getOverview } from "@/lib/analytics/get-overview";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createUser } from "../helpers/factories";

const NOW = new Date("2026-03-15T12:00:00Z");
const MARCH = { range: "custom", from: "2026-03-01", to: "2026-03-31" };

let alice: AnalyticsScope;
let bob: AnalyticsScope;

interface Row {
  date: string;
  amount: number;
  category?: string;
  merchant?: string;
  description?: string;
  account?: "checking" | "euro";
  pending?: boolean;
  isTransfer?: boolean;
  excluded?: boolean;
  removed?: boolean;
  mergedInto?: string;
  splits?: { category: string; amount: number }[];
  id?: string;
}

async function seed(userId: string, rows: Row[], accounts: Record<string, string>): Promise<Map<string, string>> {
  const categories = await prisma().category.findMany({ where: { userId }, select: { id: true, systemKey: true } });
  const categoryId = (key: string) => categories.find((c) => c.systemKey === key)?.id ?? null;
  const ids = new Map<string, string>();
  for (const row of rows) {
    const account = accounts[row.account ?? "checking"] ?? "";
    const tx = await prisma().transaction.create({
      data: {
        userId, accountId: account, source: "manual", amount: BigInt(row.amount), currency: row.account === "euro" ? "EUR" : "USD",
        date: new Date(`${row.date}T00:00:00Z`), description: row.description ?? (row.merchant ?? "PAYMENT").toUpperCase(), merchantName: row.merchant ?? null,
        categoryId: row.category ? categoryId(row.category) : null, pending: row.pending ?? false, isTransfer: row.isTransfer ?? false,
        excluded: row.excluded ?? false, removedAt: row.removed ? NOW : null, mergedIntoId: row.mergedInto ? (ids.get(row.mergedInto) ?? null) : null,
      },
    });
    if (row.id) ids.set(row.id, tx.id);
    for (const split of row.splits ?? []) {
      await prisma().transactionSplit.create({ data: { userId, transactionId: tx.id, categoryId: categoryId(split.category), amount: BigInt(split.amount) } });
    }
  }
  return ids;
}

beforeAll(async () => {
  const a = await createUser("Alice");
  const b = await createUser("Bob");
  const db = prisma();
  const checking = await db.account.create({ data: { userId: a.id, source: "manual", type: "checking", name: "Checking", currency: "USD", currentBalance: 100000n } });
  await db.account.create({ data: { userId: a.id, source: "manual", type: "credit_card", name: "Card", currency: "USD", currentBalance: -20000n } });
  const euro = await db.account.create({ data: { userId: a.id, source: "manual", type: "savings", name: "Euro Savings", currency: "EUR", currentBalance: 10000n } });
  for (const date of ["2026-02-28", "2026-03-15"]) {
    await db.exchangeRate.create({ data: { userId: a.id, base: "USD", quote: "EUR", date: new Date(`${date}T00:00:00Z`), rate: "0.5", source: "manual" } });
  }
  await seed(a.id, [
    { date: "2026-03-02", amount: 300000, category: "salary", description: "ACME PAYROLL" },
    { id: "wf1", date: "2026-03-03", amount: -12000, category: "groceries", merchant: "Whole Foods" },
    { date: "2026-03-05", amount: -8000, category: "groceries", merchant: "Whole Foods" },
    { date: "2026-03-06", amount: -5000, category: "restaurants", merchant: "Joe's Pizza" },
    { date: "2026-03-07", amount: 2000, category: "groceries", merchant: "Whole Foods" },
    { date: "2026-03-08", amount: -3000, description: "MYSTERY SHOP" },
    { date: "2026-03-09", amount: 1500, description: "VENMO CASHOUT" },
    { date: "2026-03-10", amount: -50000, isTransfer: true, description: "TO SAVINGS" },
    { date: "2026-03-10", amount: -7000, category: "credit_card_payment", description: "CARD PAYMENT" },
    { date: "2026-03-11", amount: -99900, category: "groceries", excluded: true, merchant: "Whole Foods" },
    { date: "2026-03-12", amount: -12000, category: "groceries", mergedInto: "wf1", merchant: "Whole Foods" },
    { date: "2026-03-12", amount: -4444, category: "groceries", removed: true, merchant: "Whole Foods" },
    { date: "2026-03-13", amount: -1000, category: "groceries", account: "euro", merchant: "Whole Foods" },
    { date: "2026-03-14", amount: -10000, merchant: "Costco", splits: [{ category: "groceries", amount: -6000 }, { category: "restaurants", amount: -4000 }] },
    { date: "2026-03-14", amount: -1000, category: "restaurants", merchant: "Joe's Pizza", pending: true },
    { date: "2026-02-01", amount: 300000, category: "salary", description: "ACME PAYROLL" },
    { date: "2026-02-10", amount: -10000, category: "groceries", merchant: "Whole Foods" },
    { date: "2025-03-05", amount: -5000, category: "groceries", merchant: "Whole Foods" },
  ], { checking: checking.id, euro: euro.id });

  const bobChecking = await db.account.create({ data: { userId: b.id, source: "manual", type: "checking", name: "Bob Checking", currency: "USD", currentBalance: 5000n } });
  await seed(b.id, [{ date: "2026-03-04", amount: -77777, category: "groceries", merchant: "Whole Foods" }], { checking: bobChecking.id });

  alice = await loadAnalyticsScope(a.id, NOW);
  bob = await loadAnalyticsScope(b.id, NOW);
});

describe("analytics on a fixed dataset", () => {
  it("sums cash flow per month: in, out, net, income and spending", async () => {
    const report = (await getAnalyticsReport(alice, "cash-flow", { range: "custom", from: "2026-02-01", to: "2026-03-31" })) as CashFlowReport;
    expect(report.currency).toBe("USD");
    expect(report.months).toEqual([
      { month: "2026-02", inflow: 300000, outflow: 10000, net: 290000, income: 300000, spending: 10000 },
      { month: "2026-03", inflow: 303500, outflow: 39000, net: 264500, income: 301500, spending: 37000 },
    ]);
    expect(report.total).toEqual({ inflow: 603500, outflow: 49000, net: 554500, income: 601500, spending: 47000 });
  });

  it("groups spending by top-level category, splits counted per line and refunds subtracted", async () => {
    const report = (await getAnalyticsReport(alice, "categories", MARCH)) as CategoriesReport;
    expect(report.categories.map((c) => [c.name, c.amount])).toEqual([["Food & Dining", 34000], ["Uncategorized", 3000]]);
    expect(report.total).toBe(37000);
  });

  it("ranks merchants by net spending with distinct transaction counts", async () => {
    const report = (await getAnalyticsReport(alice, "merchants", MARCH)) as MerchantsReport;
    expect(report.merchants).toEqual([
      { merchant: "Whole Foods", amount: 18000, count: 3 },
      { merchant: "Costco", amount: 10000, count: 1 },
      { merchant: "Joe's Pizza", amount: 6000, count: 2 },
      { merchant: "MYSTERY SHOP", amount: 3000, count: 1 },
    ]);
    const drill = (await getAnalyticsReport(alice, "merchant", { range: "last_12_months", merchant: "Whole Foods" })) as MerchantReport;
    expect(drill.detail.months).toEqual([{ month: "2026-02", amount: 10000, count: 1 }, { month: "2026-03", amount: 18000, count: 3 }]);
    expect(drill.detail.transactions.map((t) => [t.date, t.amount])).toEqual([["2026-03-07", 2000], ["2026-03-05", -8000], ["2026-03-03", -12000], ["2026-02-10", -10000]]);
  });

  it("compares a month with the month before and a year earlier", async () => {
    const report = (await getAnalyticsReport(alice, "comparison", { month: "2026-03" })) as ComparisonReport;
    expect(report.rows).toEqual([
      { categoryId: expect.any(String), name: "Food & Dining", current: 34000, previousMonth: 10000, yearAgo: 5000, monthOverMonth: 240, yearOverYear: 580 },
      { categoryId: null, name: "Uncategorized", current: 3000, previousMonth: 0, yearAgo: 0, monthOverMonth: null, yearOverYear: null },
      { categoryId: null, name: "Total", current: 37000, previousMonth: 10000, yearAgo: 5000, monthOverMonth: 270, yearOverYear: 640 },
    ]);
  });

  it("rolls net worth back from today's balances, converting other currencies at month-end rates", async () => {
    const history = await getNetWorthHistory(alice, ["2026-02", "2026-03"]);
    expect(history.unconverted).toEqual([]);
    expect(history.points).toEqual([
      { month: "2026-02", assets: 22000, liabilities: 28600, netWorth: -6600 },
      { month: "2026-03", assets: 120000, liabilities: 20000, netWorth: 100000 },
    ]);
    const report = (await getAnalyticsReport(alice, "net-worth", { range: "last_3_months" })) as NetWorthReport;
    expect(report.unconverted).toEqual(["EUR"]);
    expect(report.points.map((p) => p.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
  });

  it("builds the overview from the same figures", async () => {
    const overview = await getOverview(alice);
    expect(overview.thisMonth).toEqual({ month: "2026-03", inflow: 303500, outflow: 39000, net: 264500, income: 301500, spending: 37000 });
    expect(overview.trend).toHaveLength(12);
    expect(overview.trend[10]).toMatchObject({ month: "2026-02", spending: 10000 });
    expect(overview.categories.map((c) => [c.name, c.amount])).toEqual([["Food & Dining", 34000], ["Uncategorized", 3000]]);
    expect(overview.merchants[0]).toEqual({ merchant: "Whole Foods", amount: 18000, count: 3 });
    expect(overview.accounts.map((a) => a.name)).toEqual(["Checking", "Card", "Euro Savings"]);
    expect(overview.empty).toBe(false);
  });
});

describe("another user", () => {
  it("sees only their own figures in every report", async () => {
    const cash = (await getAnalyticsReport(bob, "cash-flow", MARCH)) as CashFlowReport;
    expect(cash.total).toEqual({ inflow: 0, outflow: 77777, net: -77777, income: 0, spending: 77777 });
    const merchants = (await getAnalyticsReport(bob, "merchants", MARCH)) as MerchantsReport;
    expect(merchants.merchants).toEqual([{ merchant: "Whole Foods", amount: 77777, count: 1 }]);
    const drill = (await getAnalyticsReport(bob, "merchant", { ...MARCH, merchant: "Costco" })) as MerchantReport;
    expect(drill.detail).toMatchObject({ total: 0, count: 0, transactions: [] });
    const worth = await getNetWorthHistory(bob, ["2026-03"]);
    expect(worth.points).toEqual([{ month: "2026-03", assets: 5000, liabilities: 0, netWorth: 5000 }]);
    const overview = await getOverview(bob);
    expect(overview.accounts.map((a) => a.name)).toEqual(["Bob Checking"]);
    expect(overview.categories.map((c) => c.amount)).toEqual([77777]);
  });
});

describe("bad input", () => {
  it("names the field that is wrong and 404s an unknown report", async () => {
    const cases: [string, Record<string, string>, number, string][] = [
      ["cash-flow", { range: "custom", from: "2026-01-01" }, 422, "to: is required for a custom range"],
      ["cash-flow", { range: "fortnight" }, 422, "range: must be one of this_month, last_month, last_3_months, last_6_months, last_12_months, year_to_date, last_year, custom"],
      ["categories", { range: "custom", from: "2026-03-31", to: "2026-03-01" }, 422, "to: must be on or after from"],
      ["comparison", { month: "2026-13" }, 422, "month: must be a month such as 2026-03"],
      ["merchant", { range: "this_month" }, 422, "merchant: is required"],
      ["profits", {}, 404, 'Report "profits" was not found'],
    ];
    for (const [report, query, status, message] of cases) {
      const error = await getAnalyticsReport(alice, report, query).catch((e: unknown) => e);
      const { status: got, body } = toErrorResponse(error);
      expect([report, got, body.error.message]).toEqual([report, status, message]);
    }
  });
});
