/**
 * Writes one dedup decision: the TransactionMerge record (score, reasons, status), and for a merge the
 * hidden merged row plus the user's own data moved onto the survivor, so a category the user chose or a
 * correction they made survives a pending row turning into a posted one. undoMerge reverses it.
 */
import type { MatchKind } from "./dedup/score-match";
import { mergeReasonMessage } from "./dedup/merge-reason";
import type { Tx } from "./bulk-insert";
import { insertEvents } from "./insert-events";
import { AppError, notFound } from "@/lib/errors";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";

export interface MergeDecision {
  survivorId: string;
  mergedId: string;
  /** True when the merged row was inserted by this same delivery (already hidden on insert). */
  mergedIsNew: boolean;
  score: number;
  reasons: string[];
  kind: MatchKind;
  status: "merged" | "review";
}

interface WriteOptions {
  actor: string;
  source: "sync" | "import";
  syncRunId: string | null;
  now: Date;
}

export async function applyMerge(tx: Tx, userId: string, decision: MergeDecision, options: WriteOptions): Promise<void> {
  await tx.transactionMerge.create({
    data: {
      userId,
      survivorId: decision.survivorId,
      mergedId: decision.mergedId,
      score: decision.score,
      reasons: { kind: decision.kind, reasons: decision.reasons, messages: decision.reasons.map(mergeReasonMessage) },
      status: decision.status,
      decidedAt: decision.status === "merged" ? options.now : null,
    },
  });
  if (decision.status !== "merged") return;
  await foldInto(tx, userId, decision.mergedId, decision.survivorId, decision.kind === "pending_to_posted");
  await insertEvents(tx, { userId, source: options.source, actor: options.actor, syncRunId: options.syncRunId, at: options.now }, [
    [decision.mergedId, "merged", null, { survivorId: decision.survivorId, score: decision.score, kind: decision.kind }],
  ]);
}

/** Hides `mergedId` behind `survivorId` and carries the user's category, notes, flags and corrections across. */
export async function foldInto(tx: Tx, userId: string, mergedId: string, survivorId: string, pendingToPosted: boolean): Promise<void> {
  const merged = await tx.transaction.findFirst({
    where: { id: mergedId, userId },
    select: { categoryId: true, categorySource: true, categoryConfidence: true, notes: true, excluded: true, isTransfer: true },
  });
  if (!merged) return;
  await tx.transaction.update({ where: { id: mergedId }, data: { mergedIntoId: survivorId } });
  const survivor = await tx.transaction.findFirst({ where: { id: survivorId, userId }, select: { categorySource: true, notes: true } });
  if (!survivor) return;
  await tx.transaction.update({
    where: { id: survivorId },
    data: {
      ...(pendingToPosted ? { pendingTransactionId: mergedId } : {}),
      // The user's choice always wins over whatever the categorizer gave the new row.
      ...(merged.categorySource === "user" && survivor.categorySource !== "user"
        ? { categoryId: merged.categoryId, categorySource: "user" as const, categoryConfidence: merged.categoryConfidence, categoryRuleId: null }
        : {}),
      ...(merged.notes && !survivor.notes ? { notes: merged.notes } : {}),
      ...(merged.excluded ? { excluded: true } : {}),
      ...(merged.isTransfer ? { isTransfer: true } : {}),
    },
  });
  await tx.correction.updateMany({ where: { userId, transactionId: mergedId }, data: { transactionId: survivorId } });
}

/**
 * Reverses a merge: the merged row is shown again and the record is marked undone. Corrections moved to
 * the survivor stay there (the user made them while looking at it). A foreign id is "not found".
 */
export async function undoMerge(userId: string, mergeId: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const merge = await tx.transactionMerge.findFirst({ where: { id: mergeId, userId } });
    if (!merge) throw notFound("Merge");
    if (merge.status !== "merged") throw new AppError("conflict", "Only a merged pair can be undone");
    const now = new Date();
    await tx.transactionMerge.update({ where: { id: merge.id }, data: { status: "undone", decidedAt: now } });
    await tx.transaction.updateMany({ where: { id: merge.mergedId, userId, mergedIntoId: merge.survivorId }, data: { mergedIntoId: null } });
    await tx.transaction.updateMany({ where: { id: merge.survivorId, userId, pendingTransactionId: merge.mergedId }, data: { pendingTransactionId: null } });
    await insertEvents(tx, { userId, source: "user", actor: `user:${userId}`, syncRunId: null, at: now }, [[merge.mergedId, "unmerged", { survivorId: merge.survivorId }, null]]);
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "transaction.unmerge", entityType: "TransactionMerge", entityId: merge.id });
  });
}
