import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sets a manual account's currentBalance to openingBalance + SUM(live transactions), computed by the
 * database inside the caller's transaction (after lockOwnedAccounts), so the stored balance always
 * equals the ledger. Removed and merged rows do not count. Linked accounts keep the bank's balance.
 */
export async function recomputeAccountBalance(tx: Prisma.TransactionClient, accountId: string): Promise<bigint | null> {
  const rows = await tx.$queryRaw<{ balance: bigint }[]>`
    UPDATE "Account" a
    SET "currentBalance" = a."openingBalance" + COALESCE((
          SELECT SUM(t.amount) FROM "Transaction" t
          WHERE t."accountId" = a.id AND t."removedAt" IS NULL AND t."mergedIntoId" IS NULL
        ), 0),
        "balanceUpdatedAt" = now(), "updatedAt" = now()
    WHERE a.id = ${accountId}::uuid AND a.source = 'manual'
    RETURNING a."currentBalance" AS balance`;
  const balance = rows[0]?.balance;
  return balance === undefined ? null : BigInt(balance);
}
