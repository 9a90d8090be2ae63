import { ANOMALY_KIND_LABELS } from "@/lib/anomalies/anomaly-kinds";
import type { AnomalyFlag } from "@/lib/anomalies/list-anomaly-flags";
import { Prisma } from "@/lib/generated/prisma/client";
import { readExplainMessage } from "@/lib/i18n/explain-message";
import type { AnomalyKind, AnomalyStatus } from "@/lib/generated/prisma/enums";

/**
 * The badges of lib/anomalies/list-anomaly-flags.ts as a SELECT for a CTE, so the list's page and the
 * detail fetch them in their own statement instead of one more round trip: per transaction id (as text),
 * a JSON array of the user's open and problem findings touching it, attached (Anomaly.transactionId) or
 * named in details.transactionIds (a duplicate pair flags both charges), oldest first. `ids` is a
 * subquery yielding the uuids asked about; findings the user called normal show no badge.
 */
export function anomalyFlagsSql(userId: string, ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
SELECT touched.id AS "transactionId",
       json_agg(json_build_object('anomalyId', an.id, 'kind', an.kind, 'status', an.status, 'explanation', an.explanation, 'message', an.details -> 'message') ORDER BY an."createdAt", an.id) AS flags
  FROM "Anomaly" an
 CROSS JOIN LATERAL (
       SELECT an."transactionId"::text AS id WHERE an."transactionId" IS NOT NULL
        UNION
       SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(an.details -> 'transactionIds') = 'array' THEN an.details -> 'transactionIds' ELSE '[]'::jsonb END)
       ) touched
 WHERE an."userId" = ${userId}::uuid AND an.status IN ('open', 'problem')
   AND touched.id IN (SELECT asked::text FROM (${ids}) AS wanted(asked))
 GROUP BY touched.id`;
}

/** The JSON the statement returns, with the UI's label for each kind. */
export function toAnomalyFlags(flags: unknown): AnomalyFlag[] {
  if (!Array.isArray(flags)) return [];
  return (flags as { anomalyId: string; kind: AnomalyKind; status: AnomalyStatus; explanation: string; message: unknown }[]).map((flag) => ({
    anomalyId: flag.anomalyId, kind: flag.kind, label: ANOMALY_KIND_LABELS[flag.kind], status: flag.status, explanation: flag.explanation,
    explanationMessage: readExplainMessage(flag.message),
  }));
}
