import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { ListAnomaliesInput, listAnomalies } from "@/lib/anomalies/list-anomalies";
import { AnomalyFeedbackInput, recordAnomalyFeedback } from "@/lib/anomalies/record-anomaly-feedback";

export const AnomalySchema = z
  .object({
    id: Uuid,
    kind: z.string(),
    kindLabel: z.string(),
    status: z.enum(["open", "normal", "problem"]),
    score: z.number(),
    explanation: z.string().meta({ description: "Why this was flagged, in plain language" }),
    createdAt: z.iso.datetime(),
    transaction: z
      .object({ id: Uuid, date: CalendarDate, description: z.string(), merchantName: z.string().nullable(), amount: MinorUnits, currency: Currency })
      .nullable(),
  })
  .meta({ id: "Anomaly" });

export const anomaliesResource: ApiResource = {
  name: "Anomalies",
  description: "Unusual charges (large spend, duplicates, new merchants, price rises, missed bills) with a plain-language explanation each.",
  operations: [
    defineOperation({
      id: "listAnomalies",
      method: "GET",
      path: "/anomalies",
      summary: "List anomalies",
      scope: "read",
      query: ListAnomaliesInput,
      response: z.object({ anomalies: z.array(AnomalySchema) }),
      handler: async ({ caller, query }) => ({ anomalies: await listAnomalies(caller.userId, query) }),
    }),
    defineOperation({
      id: "recordAnomalyFeedback",
      method: "POST",
      path: "/anomalies/{anomalyId}/feedback",
      summary: "Say whether an anomaly was normal or a problem",
      description: "\"normal\" also stops similar charges from being flagged again.",
      scope: "write",
      pathParams: { anomalyId: "Anomaly" },
      body: AnomalyFeedbackInput,
      response: z.object({ anomaly: z.object({ id: Uuid, status: z.enum(["normal", "problem"]), suppressions: z.number().int() }) }),
      handler: async ({ caller, params, body }) => ({
        anomaly: await recordAnomalyFeedback(caller.userId, params.anomalyId ?? "", body, { actor: `user:${caller.userId}`, requestId: caller.requestId }),
      }),
    }),
  ],
};
