import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { minorFromBigInt } from "@/lib/money";

export interface AccountSummary {
  id: string;
  name: string;
  type: string;
  source: "linked" | "manual";
  currency: string;
  /** Minor units; null when the bank has not reported a balance yet. */
  currentBalance: number | null;
  mask: string | null;
  institutionName: string | null;
}

const SELECT = {
  id: true, name: true, type: true, source: true, currency: true, currentBalance: true, mask: true,
  connection: { select: { institutionName: true } },
} as const;

type Row = { id: string; name: string; type: string; source: "linked" | "manual"; currency: string; currentBalance: bigint | null; mask: string | null; connection: { institutionName: string } | null };

function toSummary(row: Row): AccountSummary {
  return {
    id: row.id, name: row.name, type: row.type, source: row.source, currency: row.currency, mask: row.mask,
    currentBalance: row.currentBalance === null ? null : minorFromBigInt(row.currentBalance),
    institutionName: row.connection?.institutionName ?? null,
  };
}

export async function listAccounts(userId: string): Promise<AccountSummary[]> {
  const rows = await prisma().account.findMany({ where: { userId, archivedAt: null }, select: SELECT, orderBy: [{ createdAt: "asc" }] });
  return rows.map(toSummary);
}

/** A foreign or unknown id is "not found": never reveal that another user's account exists. */
export async function getAccount(userId: string, accountId: string): Promise<AccountSummary> {
  const row = await prisma().account.findFirst({ where: { id: accountId, userId }, select: SELECT });
  if (!row) throw notFound("Account");
  return toSummary(row);
}
