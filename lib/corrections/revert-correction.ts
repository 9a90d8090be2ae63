import { recordAudit } from "@/lib/audit/record-audit";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { retrainCategoryModel } from "@/lib/categorize/corrections/retrain-category-model";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";
import { writeSplits, type CorrectionMeta, type SplitLine } from "./apply-correction";
import { columnsFor } from "./effective-fields";

export interface RevertedCorrection {
  correctionId: string;
  transactionId: string;
  field: string;
  /** The effective value now in force again. */
  restored: Record<string, unknown>;
}

/**
 * Reverts the active correction of a field: the effective value it replaced is written back exactly
 * (a user value before it becomes active again; a bank value is the bank's again). The Correction row
 * is kept, marked reverted, so the lineage still shows it. Superseded or reverted ones answer 409.
 */
export async function revertCorrection(userId: string, correctionId: string, meta: CorrectionMeta = {}): Promise<RevertedCorrection> {
  const actor = meta.actor ?? `user:${userId}`;
  const { result, alerts } = await prisma().$transaction(async (tx) => {
    const correction = await tx.correction.findFirst({ where: { id: correctionId, userId } });
    if (!correction) throw notFound("Correction");
    if (correction.revertedAt) throw new AppError("conflict", "This correction is no longer in force; only the latest correction of a field can be reverted", { text: { key: "errors.correctionSuperseded" } });
    const row = await tx.transaction.findFirst({ where: { id: correction.transactionId, userId }, select: { id: true, accountId: true, date: true } });
    if (!row) throw notFound("Transaction");
    const previous = (correction.previousValue ?? {}) as Record<string, unknown>;
    const restored = await restoreValue(tx, correction.transactionId, correction.field, previous, correction.createdAt);
    const now = new Date();
    await tx.correction.update({ where: { id: correction.id }, data: { revertedAt: now } });
    // The user correction this one superseded is in force again.
    if (previous.source === "user") {
      const prior = await tx.correction.findFirst({
        where: { userId, transactionId: correction.transactionId, field: correction.field, createdAt: { lt: correction.createdAt }, revertedAt: correction.createdAt },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
      if (prior) await tx.correction.update({ where: { id: prior.id }, data: { revertedAt: null } });
    }
    if (correction.field === "split") {
      await writeSplits(tx, userId, correction.transactionId, Array.isArray(previous.splits) ? (previous.splits as SplitLine[]) : []);
    } else {
      await tx.transaction.update({ where: { id: correction.transactionId }, data: columnsFor(correction.field, restored) });
    }
    const value = correction.value as Record<string, unknown>;
    await tx.transactionEvent.create({
      data: {
        userId, transactionId: correction.transactionId, kind: "reverted", source: "user", actor,
        before: { field: correction.field, ...value, correctionId: correction.id } as Prisma.InputJsonValue, after: { field: correction.field, ...restored } as Prisma.InputJsonValue,
      },
    });
    await recordAudit(tx, {
      userId, actor, action: "transaction.correction_reverted", entityType: "Correction", entityId: correction.id,
      before: { transactionId: correction.transactionId, field: correction.field, ...value } as Prisma.InputJsonValue,
      after: { transactionId: correction.transactionId, field: correction.field, ...restored } as Prisma.InputJsonValue, requestId: meta.requestId,
    });
    if (correction.field === "category") await retrainCategoryModel(tx, userId);
    if (correction.field === "amount") await recomputeAccountBalance(tx, row.accountId);
    const dates = [row.date.toISOString().slice(0, 10)];
    if (typeof restored.date === "string") dates.push(restored.date);
    const alerts = await evaluateBudgetAlerts(tx, { userId, dates, today: await userToday(tx, userId) });
    return { result: { correctionId: correction.id, transactionId: correction.transactionId, field: correction.field, restored }, alerts };
  });
  await publishAlerts(alerts);
  return result;
}

/**
 * The value to put back. Normally the stored previous value; but when the bank changed the same field
 * after the user corrected it, the previous bank value is stale and the bank's latest one is restored.
 */
async function restoreValue(tx: Prisma.TransactionClient, transactionId: string, field: string, previous: Record<string, unknown>, correctedAt: Date): Promise<Record<string, unknown>> {
  const { source: _source, ...value } = previous;
  if (previous.source !== "bank" || (field !== "amount" && field !== "date")) return value;
  const later = await tx.transactionEvent.findFirst({
    where: { transactionId, kind: "modified", source: { in: ["sync", "import"] }, createdAt: { gt: correctedAt } },
    orderBy: { createdAt: "desc" },
    select: { after: true },
  });
  const after = (later?.after ?? null) as Record<string, unknown> | null;
  if (after && after[field] !== undefined) return { [field]: after[field] };
  return value;
}
