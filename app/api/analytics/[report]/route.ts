import { NextResponse } from "next/server";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getAnalyticsReport } from "@/lib/analytics/get-analytics-report";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";

/** GET /api/analytics/<report>?range=last_6_months | range=custom&from=…&to= | month=… | merchant=… */
export const GET = routeHandler<{ report: string }>(async (request, { params }) => {
  const user = await requireUser();
  const scope = await loadAnalyticsScope(user.id);
  const report = await getAnalyticsReport(scope, params.report, Object.fromEntries(request.nextUrl.searchParams));
  return NextResponse.json(report, { headers: { "Cache-Control": "private, no-store" } });
});
