import type { Tx } from "@/lib/sync/bulk-insert";

/**
 * Everything an import job wrote: its rows, their merge records and provider records; events,
 * corrections and splits cascade with the rows. Returns the number of rows deleted.
 */
export async function deleteImportedRows(tx: Tx, userId: string, jobId: string): Promise<number> {
  await tx.$executeRawUnsafe(
    `DELETE FROM "TransactionMerge" m USING "Transaction" t WHERE t."importJobId" = $1::uuid AND t."userId" = $2::uuid
       AND m."userId" = $2::uuid AND (m."survivorId" = t.id OR m."mergedId" = t.id)`,
    jobId, userId,
  );
  await tx.$executeRawUnsafe(`DELETE FROM "ProviderRecord" WHERE "importJobId" = $1::uuid AND "userId" = $2::uuid`, jobId, userId);
  return tx.$executeRawUnsafe(`DELETE FROM "Transaction" WHERE "importJobId" = $1::uuid AND "userId" = $2::uuid`, jobId, userId);
}
