import { NextResponse } from "next/server";
import { listAnomalies } from "@/lib/anomalies/list-anomalies";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  const status = request.nextUrl.searchParams.get("status") ?? undefined;
  return NextResponse.json({ anomalies: await listAnomalies(user.id, { status }) });
});
