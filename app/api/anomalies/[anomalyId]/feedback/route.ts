import { NextResponse } from "next/server";
import { recordAnomalyFeedback } from "@/lib/anomalies/record-anomaly-feedback";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const POST = routeHandler<{ anomalyId: string }>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.anomalyId, "Anomaly");
  const result = await recordAnomalyFeedback(user.id, id, await readJson(request), { actor: `user:${user.id}`, requestId });
  return NextResponse.json({ anomaly: result });
});
