import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { undoMerge } from "@/lib/sync/apply-merge";

/** Undoes a merge shown on a transaction's lineage: the merge must involve that transaction and belong to the user. */
export async function undoTransactionMerge(userId: string, transactionId: string, mergeId: string, _meta: { requestId?: string } = {}): Promise<void> {
  const merge = await prisma().transactionMerge.findFirst({ where: { id: mergeId, userId, OR: [{ survivorId: transactionId }, { mergedId: transactionId }] }, select: { id: true } });
  if (!merge) throw notFound("Merge");
  await undoMerge(userId, merge.id);
}
