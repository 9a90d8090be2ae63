import { prisma } from "@/lib/db";
import { minorFromBigInt } from "@/lib/money";
import { loadAccountAndCategoryNames } from "@/lib/transactions/load-account-and-category-names";
import { impliedRate } from "./implied-rate";

export interface ManualTransaction {
  id: string;
  accountId: string;
  accountName: string;
  /** Signed minor units of `currency` (the account's). */
  amount: number;
  currency: string;
  date: string;
  description: string;
  categoryId: string | null;
  categoryName: string | null;
  notes: string | null;
  source: "sync" | "import" | "manual" | "scheduled";
  removed: boolean;
  /** The other leg of a transfer, and the rate a cross-currency transfer implied. */
  transfer: { peerId: string; accountId: string; accountName: string; amount: number; currency: string; impliedRate: string | null } | null;
}

const SELECT = {
  id: true, accountId: true, amount: true, currency: true, date: true, description: true, categoryId: true, notes: true, source: true,
  removedAt: true, isTransfer: true, transferPeerId: true,
} as const;

/** The user's transactions by id (foreign ids are simply absent), in date order, with transfer peers. */
export async function getManualTransactions(userId: string, ids: readonly string[]): Promise<ManualTransaction[]> {
  const db = prisma();
  const rows = await db.transaction.findMany({ where: { userId, id: { in: [...ids] } }, select: SELECT, orderBy: [{ date: "desc" }, { id: "desc" }] });
  const peerIds = rows.flatMap((row) => (row.transferPeerId ? [row.transferPeerId] : []));
  const peers = new Map(
    (await db.transaction.findMany({ where: { userId, id: { in: peerIds } }, select: { id: true, accountId: true, amount: true, currency: true } })).map((peer) => [peer.id, peer]),
  );
  const names = await loadAccountAndCategoryNames(db, userId);
  return rows.map((row) => {
    const peer = row.transferPeerId ? peers.get(row.transferPeerId) : undefined;
    const amount = minorFromBigInt(row.amount);
    const peerAmount = peer ? minorFromBigInt(peer.amount) : 0;
    return {
      id: row.id, accountId: row.accountId, accountName: names.accountName(row.accountId), amount, currency: row.currency, date: row.date.toISOString().slice(0, 10),
      description: row.description, categoryId: row.categoryId, categoryName: names.categoryName(row.categoryId), notes: row.notes, source: row.source,
      removed: row.removedAt !== null,
      transfer: peer
        ? {
            peerId: peer.id, accountId: peer.accountId, accountName: names.accountName(peer.accountId), amount: peerAmount, currency: peer.currency,
            impliedRate: peer.currency === row.currency ? null : amount < 0 ? impliedRate(amount, row.currency, peerAmount, peer.currency) : impliedRate(peerAmount, peer.currency, amount, row.currency),
          }
        : null,
    };
  });
}
