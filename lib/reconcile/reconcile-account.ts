import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { minorFromBigInt, parseDecimalToMinor } from "@/lib/money";

export const ReconcileInput = z.object({
  statementDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "must be a real date"),
  /** Decimal text as on the statement ("1234.56", "-20"). */
  statementBalance: z.string().trim().regex(/^-?\d{1,13}(\.\d{1,2})?$/, "must be an amount like 1234.56"),
});

/** Days after the statement date in which a booked row may still belong to the statement (banks book late). */
export const LATE_BOOKING_DAYS = 5;

export interface ExplainingTransaction {
  id: string;
  date: string;
  description: string;
  amount: number;
  pending: boolean;
  reason: string;
}

export interface ReconciliationView {
  id: string;
  accountId: string;
  accountName: string;
  currency: string;
  statementDate: string;
  statementBalance: number;
  ledgerBalance: number;
  /** Statement minus ledger: zero when they agree. */
  difference: number;
  explaining: ExplainingTransaction[];
  createdAt: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The user's statement balance on a date against Fathom's ledger: opening balance plus every live
 * row booked on or before that date. A non-zero difference comes with the rows that likely explain
 * it: pending rows (not on a statement yet), rows booked just after the date, and any single row
 * whose amount equals the difference (a missing or duplicated entry).
 */
export async function reconcileAccount(userId: string, accountId: string, input: unknown, meta: { requestId?: string } = {}): Promise<ReconciliationView> {
  const parsed = ReconcileInput.parse(input);
  return prisma().$transaction(async (tx) => {
    const account = await tx.account.findFirst({ where: { id: accountId, userId }, select: { id: true, name: true, currency: true, openingBalance: true } });
    if (!account) throw notFound("Account");
    const statementBalance = parseDecimalToMinor(parsed.statementBalance, account.currency);
    const date = new Date(`${parsed.statementDate}T00:00:00Z`);
    const sum = await tx.transaction.aggregate({ where: { userId, accountId, removedAt: null, mergedIntoId: null, date: { lte: date } }, _sum: { amount: true } });
    const ledgerBalance = minorFromBigInt(account.openingBalance + (sum._sum.amount ?? 0n));
    const saved = await tx.reconciliation.create({ data: { userId, accountId, statementDate: date, statementBalance: BigInt(statementBalance), ledgerBalance: BigInt(ledgerBalance) } });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "account.reconciled", entityType: "Reconciliation", entityId: saved.id,
      after: { accountId, statementDate: parsed.statementDate, statementBalance, ledgerBalance, difference: statementBalance - ledgerBalance }, requestId: meta.requestId,
    });
    return { ...(await viewOf(tx, userId, saved.id)) };
  });
}

type Db = Parameters<Parameters<ReturnType<typeof prisma>["$transaction"]>[0]>[0] | ReturnType<typeof prisma>;

async function viewOf(db: Db, userId: string, reconciliationId: string): Promise<ReconciliationView> {
  const row = await db.reconciliation.findFirst({ where: { id: reconciliationId, userId }, include: { account: { select: { name: true, currency: true } } } });
  if (!row) throw notFound("Reconciliation");
  const statementBalance = minorFromBigInt(row.statementBalance);
  const ledgerBalance = minorFromBigInt(row.ledgerBalance);
  const difference = statementBalance - ledgerBalance;
  const explaining: ExplainingTransaction[] = [];
  if (difference !== 0) {
    const late = new Date(row.statementDate.getTime() + LATE_BOOKING_DAYS * 86_400_000);
    const rows = await db.transaction.findMany({
      where: {
        userId, accountId: row.accountId, removedAt: null, mergedIntoId: null,
        OR: [
          { pending: true, date: { lte: late } },
          { date: { gt: row.statementDate, lte: late } },
          { amount: { in: [BigInt(difference), BigInt(-difference)] }, date: { lte: row.statementDate } },
        ],
      },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, date: true, description: true, amount: true, pending: true },
    });
    for (const tx of rows) {
      const amount = minorFromBigInt(tx.amount);
      const reason = Math.abs(amount) === Math.abs(difference) && tx.date <= row.statementDate
        ? (amount === -difference ? "Same amount as the difference: in Fathom but maybe not on the statement (a duplicate?)" : "Same amount as the difference, the other way round: check its sign")
        : tx.date > row.statementDate
          ? `Booked after the statement date: the bank may have it on this statement`
          : "Pending: not on a statement until it posts";
      explaining.push({ id: tx.id, date: iso(tx.date), description: tx.description, amount, pending: tx.pending, reason });
    }
  }
  return {
    id: row.id, accountId: row.accountId, accountName: row.account.name, currency: row.account.currency, statementDate: iso(row.statementDate),
    statementBalance, ledgerBalance, difference, explaining, createdAt: row.createdAt.toISOString(),
  };
}

export async function getReconciliation(userId: string, reconciliationId: string): Promise<ReconciliationView> {
  return viewOf(prisma(), userId, reconciliationId);
}

export async function listReconciliations(userId: string, accountId: string): Promise<{ account: { id: string; name: string; currency: string }; items: ReconciliationView[] }> {
  const account = await prisma().account.findFirst({ where: { id: accountId, userId }, select: { id: true, name: true, currency: true } });
  if (!account) throw notFound("Account");
  const rows = await prisma().reconciliation.findMany({ where: { userId, accountId }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true } });
  return { account, items: await Promise.all(rows.map((row) => viewOf(prisma(), userId, row.id))) };
}
