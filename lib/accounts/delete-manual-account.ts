import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockOwnedAccounts } from "./lock-owned-accounts";
import { recomputeAccountBalance } from "./recompute-account-balance";

/**
 * Deletes a manual account with its transactions. The other half of a transfer into or out of it
 * stays in its own account (that money did move) but is no longer marked as a transfer.
 */
export async function deleteManualAccount(userId: string, accountId: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const locked = (await lockOwnedAccounts(tx, userId, [accountId])).get(accountId);
    if (locked?.source !== "manual") throw new AppError("conflict", "A linked account is removed by unlinking its bank, not deleted here", { text: { key: "errors.linkedAccountDelete" } });
    const own = await tx.transaction.findMany({ where: { accountId }, select: { id: true } });
    const peers = await tx.transaction.findMany({
      where: { userId, transferPeerId: { in: own.map((row) => row.id) }, accountId: { not: accountId } },
      select: { id: true, accountId: true },
    });
    await tx.transaction.updateMany({ where: { id: { in: peers.map((peer) => peer.id) } }, data: { transferPeerId: null, isTransfer: false } });
    await tx.account.delete({ where: { id: accountId } });
    for (const peerAccount of new Set(peers.map((peer) => peer.accountId))) await recomputeAccountBalance(tx, peerAccount);
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "account.deleted", entityType: "Account", entityId: accountId, before: { name: locked.name, currency: locked.currency, transactions: own.length } });
  });
}
