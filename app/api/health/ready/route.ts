import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/health/check-readiness";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

/** Readiness: the database is reachable and migrated, and Redis answers when configured. */
export const GET = routeHandler(async () => {
  const readiness = await checkReadiness();
  return NextResponse.json({ status: readiness.ready ? "ready" : "not_ready", checks: readiness.checks }, { status: readiness.ready ? 200 : 503 });
});
