import { database, prisma } from "@/lib/db";
import { wantsDemoData } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { addDays, addMonths, type CalendarDate } from "@/lib/schedules/calendar-date";
import { detectAnomaliesForUser, type NewAnomaly } from "./detect-anomalies-for-user";

const SHELL = [2210, 1980, 2450, 2100, 2330, 2210, 1890, 2560, 2050, 2210, 2400, 1950, 2300, 2150];
const SHELL_GAPS = [3, 6, 4, 9, 5, 7, 3, 8, 6, 4, 10, 5, 6, 7];

/**
 * Demo and end-to-end only (off unless demo data is on): gives the user a card with four months of
 * history (irregular fuel, a monthly subscription, a salary), then "syncs" today's charges, a large
 * fuel bill and a subscription price rise, through detectAnomaliesForUser.
 */
export async function seedAnomalyDemo(userId: string, today: CalendarDate): Promise<NewAnomaly[]> {
  if (!wantsDemoData()) throw notFound("Page");
  const db = prisma();
  const account = await db.account.create({ data: { userId, source: "manual", type: "credit_card", name: "Demo Card", currency: "USD" } });
  const row = (date: CalendarDate, amount: number, merchantName: string) => ({
    userId, accountId: account.id, source: "manual" as const, amount: BigInt(amount), currency: "USD",
    date: new Date(`${date}T00:00:00Z`), postedAt: new Date(`${date}T12:00:00Z`), description: merchantName.toUpperCase(), merchantName,
  });
  let day = addDays(today, -2);
  const history = [];
  for (let i = SHELL.length - 1; i >= 0; i -= 1) {
    day = addDays(day, -(SHELL_GAPS[i] ?? 5));
    history.push(row(day, -(SHELL[i] ?? 2000), "Shell"));
  }
  for (let m = 1; m <= 5; m += 1) history.push(row(addMonths(addDays(today, -1), -m), -1549, "Netflix"));
  for (let m = 0; m <= 4; m += 1) history.push(row(addMonths(addDays(today, -10), -m), 310000, "Acme Corp"));
  await db.transaction.createMany({ data: history });
  const fresh = await db.transaction.createManyAndReturn({
    data: [row(today, -8420, "Shell"), row(addDays(today, -1), -1799, "Netflix")],
    select: { id: true },
  });
  return detectAnomaliesForUser(database().sql, { userId, transactionIds: fresh.map((t) => t.id), today });
}
