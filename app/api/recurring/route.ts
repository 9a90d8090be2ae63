import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { listRecurringStreams } from "@/lib/recurring/list-recurring-streams";

export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  const includeDismissed = request.nextUrl.searchParams.get("includeDismissed") === "true";
  return NextResponse.json({ streams: await listRecurringStreams(user.id, { includeDismissed }) });
});
