import { describe, expect, it } from "vitest";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { prisma } from "@/lib/db";
import { getInsights } from "@/lib/insights/get-insights";
import { createUser } from "../helpers/factories";

const NOW = new Date("2026-04-20T12:00:00Z");

async function spend(userId: string, accountId: string, categoryKey: string, date: string, amount: number, merchant: string): Promise<void> {
  const category = await prisma().category.findFirstOrThrow({ where: { userId, systemKey: categoryKey } });
  await prisma().transaction.create({
    data: { userId, accountId, source: "manual", amount: BigInt(amount), currency: "USD", date: new Date(`${date}T00:00:00Z`), description: merchant.toUpperCase(), merchantName: merchant, categoryId: category.id },
  });
}

describe("insights from a fixed history", () => {
  it("states the dining rise with its figures and the month's top merchant, for the owner only", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const account = await prisma().account.create({ data: { userId: alice.id, source: "manual", type: "checking", name: "Checking", currency: "USD", currentBalance: 0n } });
    for (const [month, dining] of [["2025-12", 30000], ["2026-01", 31500], ["2026-02", 30000], ["2026-03", 41200]] as const) {
      await spend(alice.id, account.id, "restaurants", `${month}-10`, -dining, "Chez Panisse");
      await spend(alice.id, account.id, "salary", `${month}-01`, 500000, "Acme Payroll");
    }
    await spend(alice.id, account.id, "groceries", "2026-04-15", -40000, "Whole Foods");
    const insights = await getInsights(await loadAnalyticsScope(alice.id, NOW));
    expect(insights.map((i) => i.title)).toEqual([
      "Food & Dining is up 35% on your three-month average: $412.00 against $305.00",
      "You kept 92% of your income in 2026-03: $4,588.00 of $5,000.00",
      "At this pace you will spend $600.00 this month, 75% more than your usual $342.33",
      "Chez Panisse was where you spent most in 2026-03: $412.00 across one purchase",
    ]);
    expect(await getInsights(await loadAnalyticsScope(bob.id, NOW))).toEqual([]);
  });
});
