import { NextResponse } from "next/server";
import { countUnreadAlerts, markAlertsRead } from "@/lib/alerts/list-alerts";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";

/** Body: { ids: [...] } or { all: true }. */
export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  const marked = await markAlertsRead(user.id, await readJson(request));
  return NextResponse.json({ marked, unread: await countUnreadAlerts(user.id) });
});
