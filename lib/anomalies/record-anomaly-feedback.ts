import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toDetectorKind, toStoredKind } from "./anomaly-kinds";
import { suppressionForAnomaly } from "./suppression-for-anomaly";

export const AnomalyFeedbackInput = z.object({
  verdict: z.enum(["normal", "problem"], { error: "must be \"normal\" or \"problem\"" }),
});

export interface AnomalyFeedbackResult {
  id: string;
  status: "normal" | "problem";
  suppressions: number;
}

const DetailsSchema = z.object({
  facts: z.record(z.string(), z.unknown()).default({}),
  merchantKey: z.string().nullable().default(null),
  categoryKey: z.string().nullable().default(null),
  currency: z.string().default(""),
});

/**
 * "This is normal" closes the finding and stores suppressions so that merchant and amount band
 * stop firing; "this is a problem" keeps it (status problem, no suppression; a previous "normal"
 * verdict's suppressions are removed). Both are audit logged in the same transaction. A finding of
 * another user is not found.
 */
export async function recordAnomalyFeedback(
  userId: string,
  anomalyId: string,
  input: unknown,
  context: { actor: string; requestId?: string },
): Promise<AnomalyFeedbackResult> {
  const { verdict } = AnomalyFeedbackInput.parse(input);
  return prisma().$transaction(async (tx) => {
    const anomaly = await tx.anomaly.findFirst({ where: { id: anomalyId, userId } });
    if (!anomaly) throw notFound("Anomaly");
    const details = DetailsSchema.parse(anomaly.details ?? {});
    await tx.anomalySuppression.deleteMany({ where: { userId, anomalyId } });
    let created = 0;
    if (verdict === "normal") {
      const rule = suppressionForAnomaly({ kind: toDetectorKind(anomaly.kind), ...details, currency: details.currency.trim() });
      if (rule) {
        await tx.anomalySuppression.create({
          data: {
            userId, anomalyId, kind: toStoredKind(rule.kind), merchantKey: rule.merchantKey, categoryKey: rule.categoryKey, currency: rule.currency,
            minAmount: rule.minAmount === null ? null : BigInt(rule.minAmount), maxAmount: rule.maxAmount === null ? null : BigInt(rule.maxAmount),
          },
        });
        created = 1;
      }
    }
    await tx.anomaly.update({ where: { id: anomaly.id }, data: { status: verdict, resolvedAt: new Date() } });
    await recordAudit(tx, {
      userId, actor: context.actor, action: `anomaly.marked_${verdict}`, entityType: "anomaly", entityId: anomaly.id,
      before: { status: anomaly.status }, after: { status: verdict, suppressions: created }, requestId: context.requestId,
    });
    return { id: anomaly.id, status: verdict, suppressions: created };
  });
}
