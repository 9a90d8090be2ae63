import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";

export const SNAPSHOT_SELECT = {
  id: true, accountId: true, amount: true, currency: true, date: true, description: true, categoryId: true, notes: true,
  isTransfer: true, transferPeerId: true, removedAt: true, source: true,
} as const;

export type SnapshotRow = Prisma.TransactionGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

/** The before/after JSON of a TransactionEvent: plain numbers and dates, no BigInt. */
export function transactionSnapshot(row: SnapshotRow): Prisma.InputJsonObject {
  return {
    accountId: row.accountId, amount: minorFromBigInt(row.amount), currency: row.currency, date: row.date.toISOString().slice(0, 10),
    description: row.description, categoryId: row.categoryId, notes: row.notes, isTransfer: row.isTransfer, transferPeerId: row.transferPeerId,
    removed: row.removedAt !== null,
  };
}
