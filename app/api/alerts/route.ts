import { NextResponse } from "next/server";
import { listAlerts, countUnreadAlerts } from "@/lib/alerts/list-alerts";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const [alerts, unread] = await Promise.all([listAlerts(user.id, query), countUnreadAlerts(user.id)]);
  return NextResponse.json({ alerts, unread });
});
