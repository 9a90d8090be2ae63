/** The demo user the README names, with a manual account and a month of transactions to look at. */
import { registerUser } from "@/lib/auth/register-user";
import { applyCategorization } from "@/lib/categorize/apply-categorization";
import { prisma } from "@/lib/db";

export const DEMO_USER = { name: "Demo User", email: "demo@fathom.local", password: "ledger-sunrise-2026" } as const;

/** `category` is what the categorizer is expected to decide; the rows themselves go through applyCategorization. */
const DEMO_TRANSACTIONS: { daysAgo: number; description: string; amount: number; category: string }[] = [
  { daysAgo: 1, description: "SQ *BLUE BOTTLE COFFEE", amount: -575, category: "coffee_shops" },
  { daysAgo: 2, description: "WHOLEFDS MKT #10234 SAN FRANCISCO CA", amount: -8642, category: "groceries" },
  { daysAgo: 3, description: "UBER *TRIP HELP.UBER.COM", amount: -2315, category: "rideshare" },
  { daysAgo: 5, description: "ACME CORP PAYROLL PPD ID: 1234567890", amount: 412500, category: "salary" },
  { daysAgo: 6, description: "NETFLIX.COM 866-579-7172 CA", amount: -1549, category: "streaming" },
  { daysAgo: 8, description: "SHELL OIL 57444 OAKLAND CA", amount: -4820, category: "fuel" },
  { daysAgo: 10, description: "PG&E WEB ONLINE PAYMENT", amount: -11873, category: "utilities" },
  { daysAgo: 12, description: "TST* JOES PIZZA 1234", amount: -3260, category: "restaurants" },
  { daysAgo: 15, description: "RENT PAYMENT - OAK STREET APTS", amount: -240000, category: "rent" },
  { daysAgo: 18, description: "AMZN Mktp US*2K4AB1C23", amount: -3899, category: "online_marketplaces" },
  { daysAgo: 24, description: "UBER *TRIP 4KD9 HELP.UBER.COM", amount: -1780, category: "rideshare" },
  { daysAgo: 29, description: "UBER *TRIP 7PQ1 HELP.UBER.COM", amount: -2045, category: "rideshare" },
];

/** Creates the demo user once; returns it when created, null when it already existed. */
export async function seedDemoData(today = new Date()): Promise<{ email: string } | null> {
  const existing = await prisma().user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } });
  if (existing) return null;
  const user = await registerUser(DEMO_USER);
  const db = prisma();
  const balance = DEMO_TRANSACTIONS.reduce((sum, tx) => sum + tx.amount, 0);
  await db.$transaction(async (tx) => {
    const account = await tx.account.create({
      data: { userId: user.id, source: "manual", type: "checking", name: "Everyday Checking", currency: "USD", openingBalance: 250000n, currentBalance: BigInt(250000 + balance) },
    });
    await tx.transaction.createMany({
      data: DEMO_TRANSACTIONS.map((demo) => {
        const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - demo.daysAgo));
        return {
          userId: user.id, accountId: account.id, source: "manual" as const, amount: BigInt(demo.amount), currency: "USD", date, postedAt: date,
          description: demo.description,
        };
      }),
    });
    const created = await tx.transaction.findMany({ where: { userId: user.id }, select: { id: true } });
    await applyCategorization(tx, user.id, created.map((row) => row.id));
  });
  return { email: user.email };
}
