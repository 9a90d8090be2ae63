import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { verifyCronRequest } from "@/lib/scheduler/verify-cron-request";
import { syncDueConnections } from "@/lib/sync/sync-due-connections";

export const dynamic = "force-dynamic";

/** Called by the QStash schedule every 15 minutes: syncs every connection that is due. */
export const POST = routeHandler(async (request) => {
  const body = await request.text();
  await verifyCronRequest({ signature: request.headers.get("upstash-signature"), body });
  return NextResponse.json(await syncDueConnections());
});
