import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface LockedAccount {
  id: string;
  name: string;
  source: "linked" | "manual";
  currency: string;
  archivedAt: Date | null;
}

/**
 * Locks the user's accounts (FOR UPDATE, in id order so two writers cannot deadlock) before their
 * transactions change. A writer that waited here sees the other's committed rows in its balance SUM,
 * so Account.currentBalance cannot lose an update. A foreign or unknown id is "not found".
 */
export async function lockOwnedAccounts(tx: Prisma.TransactionClient, userId: string, accountIds: readonly string[], what = "Account"): Promise<Map<string, LockedAccount>> {
  const locked = new Map<string, LockedAccount>();
  for (const id of [...new Set(accountIds)].sort()) {
    const rows = await tx.$queryRaw<LockedAccount[]>`
      SELECT id::text AS id, name, source::text AS source, currency, "archivedAt"
      FROM "Account" WHERE id = ${id}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw notFound(what);
    locked.set(id, { ...row, currency: row.currency.trim() });
  }
  return locked;
}
