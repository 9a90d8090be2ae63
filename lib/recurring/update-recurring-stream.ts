import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";

export const UpdateRecurringStreamInput = z
  .object({
    decision: z.enum(["auto", "confirmed", "dismissed"], { error: "must be auto, confirmed or dismissed" }).optional(),
    name: z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters").optional(),
  })
  .strict();

/** Confirm, dismiss or rename a stream of this user; audit logged. Another user's stream is not found. */
export async function updateRecurringStream(
  userId: string,
  streamId: string,
  input: unknown,
  context: { actor: string; requestId?: string },
): Promise<{ id: string; name: string; decision: "auto" | "confirmed" | "dismissed" }> {
  const change = UpdateRecurringStreamInput.parse(input);
  if (change.decision === undefined && change.name === undefined) throw invalidField("decision", "give a decision or a name", "errors.decisionOrName");
  return prisma().$transaction(async (tx) => {
    const stream = await tx.recurringStream.findFirst({ where: { id: streamId, userId }, select: { id: true, name: true, decision: true } });
    if (!stream) throw notFound("Recurring stream");
    const updated = await tx.recurringStream.update({ where: { id: stream.id }, data: change, select: { id: true, name: true, decision: true } });
    await recordAudit(tx, {
      userId, actor: context.actor, action: "recurring_stream.updated", entityType: "recurring_stream", entityId: stream.id,
      before: { name: stream.name, decision: stream.decision }, after: { name: updated.name, decision: updated.decision }, requestId: context.requestId,
    });
    return updated;
  });
}
