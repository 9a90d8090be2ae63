import type { Prisma } from "@/lib/generated/prisma/client";
import { columnsFor } from "./effective-fields";

/** The fields a bank delivery can overwrite on a stored row (lib/sync ingest's "modified" path). */
const BANK_WRITTEN_FIELDS = ["amount", "date", "merchant"] as const;

/**
 * After a sync or import modified rows: the user's active corrections of bank-written fields are put
 * back on top, so the user's value keeps winning while the bank's new value is kept in its
 * ProviderRecord and the "modified" event. Returns the ids whose effective value was restored.
 */
export async function reapplyCorrections(tx: Prisma.TransactionClient, userId: string, transactionIds: readonly string[]): Promise<string[]> {
  if (transactionIds.length === 0) return [];
  const active = await tx.correction.findMany({
    where: { userId, transactionId: { in: [...transactionIds] }, field: { in: [...BANK_WRITTEN_FIELDS] }, revertedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, transactionId: true, field: true, value: true },
  });
  if (active.length === 0) return [];
  const rows = await tx.transaction.findMany({ where: { userId, id: { in: active.map((c) => c.transactionId) } }, select: { id: true, amount: true, date: true, merchantName: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const restored: string[] = [];
  for (const correction of active) {
    const row = byId.get(correction.transactionId);
    if (!row) continue;
    const value = correction.value as Record<string, unknown>;
    const current = correction.field === "amount" ? Number(row.amount) : correction.field === "date" ? row.date.toISOString().slice(0, 10) : row.merchantName;
    const wanted = correction.field === "amount" ? value.amount : correction.field === "date" ? value.date : value.merchantName;
    if (current === wanted) continue;
    await tx.transaction.update({ where: { id: row.id }, data: columnsFor(correction.field, value) });
    await tx.transactionEvent.create({
      data: {
        userId, transactionId: row.id, kind: "corrected", source: "system", actor: "system:corrections",
        before: { field: correction.field, bank: current } as Prisma.InputJsonValue, after: { field: correction.field, ...value, correctionId: correction.id, reason: "your correction kept over the bank's change" } as Prisma.InputJsonValue,
      },
    });
    restored.push(row.id);
  }
  return restored;
}
