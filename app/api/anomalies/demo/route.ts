import { NextResponse } from "next/server";
import { seedAnomalyDemo } from "@/lib/anomalies/seed-anomaly-demo";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { getLocalDate } from "@/lib/schedules/get-local-date";

/** Demo and end-to-end only: 404 unless demo data is on. */
export const POST = routeHandler(async () => {
  const user = await requireUser();
  const anomalies = await seedAnomalyDemo(user.id, getLocalDate(new Date(), "UTC"));
  return NextResponse.json({ anomalies }, { status: 201 });
});
