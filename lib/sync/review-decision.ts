/**
 * The user's answer to a review item: "merge" folds the pair exactly as an automatic merge would (the
 * merged row hidden behind the survivor, the user's category, notes and corrections carried over) and
 * can be undone like one; "keep both" records that they are two real transactions so the pair is not
 * asked about again. A foreign or unknown id is "not found".
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { foldInto } from "./apply-merge";
import { insertEvents } from "./insert-events";
import { readMergeReasons } from "./review-items";

export const ReviewDecisionInput = z.object({
  decision: z.enum(["merge", "keep_both"], { error: "must be merge or keep_both" }),
});

export type ReviewDecision = z.infer<typeof ReviewDecisionInput>["decision"];

export async function resolveReviewItem(userId: string, mergeId: string, input: unknown, meta: { requestId?: string } = {}): Promise<{ status: "merged" | "rejected" }> {
  const { decision } = ReviewDecisionInput.parse(input);
  const actor = `user:${userId}`;
  return prisma().$transaction(async (tx) => {
    // Row lock: two tabs answering the same item must not both fold it.
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "TransactionMerge" WHERE id = ${mergeId}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound("Review item");
    const merge = await tx.transactionMerge.findUniqueOrThrow({ where: { id: mergeId } });
    if (merge.status !== "review") throw new AppError("conflict", "This pair was already decided; reload the page to see where it stands", { text: { key: "errors.pairDecided" } });
    const now = new Date();
    if (decision === "keep_both") {
      await tx.transactionMerge.update({ where: { id: merge.id }, data: { status: "rejected", decidedAt: now } });
      await recordAudit(tx, { userId, actor, action: "transaction.review_kept_both", entityType: "TransactionMerge", entityId: merge.id, requestId: meta.requestId });
      return { status: "rejected" as const };
    }
    const rows = await tx.transaction.findMany({ where: { userId, id: { in: [merge.survivorId, merge.mergedId] } }, select: { id: true, mergedIntoId: true } });
    if (rows.length !== 2 || rows.some((row) => row.mergedIntoId !== null)) {
      throw new AppError("conflict", "One of these transactions was merged with another one meanwhile; this pair can no longer be merged", { text: { key: "errors.pairMergedElsewhere" } });
    }
    const { kind } = readMergeReasons(merge.reasons);
    await tx.transactionMerge.update({ where: { id: merge.id }, data: { status: "merged", decidedAt: now } });
    await foldInto(tx, userId, merge.mergedId, merge.survivorId, kind === "pending_to_posted");
    await insertEvents(tx, { userId, source: "user", actor, syncRunId: null, at: now }, [
      [merge.mergedId, "merged", null, { survivorId: merge.survivorId, score: merge.score, kind, reviewed: true }],
    ]);
    await recordAudit(tx, { userId, actor, action: "transaction.review_merged", entityType: "TransactionMerge", entityId: merge.id, requestId: meta.requestId });
    return { status: "merged" as const };
  });
}
