"use server";

import { revalidatePath } from "next/cache";
import { recordAnomalyFeedback, type AnomalyFeedbackResult } from "@/lib/anomalies/record-anomaly-feedback";
import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { parseIdParam } from "@/lib/http/uuid-param";

export async function anomalyFeedbackAction(anomalyId: string, verdict: "normal" | "problem"): Promise<ActionResult<AnomalyFeedbackResult>> {
  return runAction(async () => {
    const user = await requireUser();
    const result = await recordAnomalyFeedback(user.id, parseIdParam(anomalyId, "Anomaly"), { verdict }, { actor: `user:${user.id}` });
    revalidatePath("/anomalies");
    return result;
  });
}
