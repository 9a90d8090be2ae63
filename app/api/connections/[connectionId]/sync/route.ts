import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { getConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";
import { syncConnectionNow } from "@/lib/sync/sync-connection";

export const dynamic = "force-dynamic";

/** The connection's sync state: last and next sync, recent runs, quarantined records. */
export const GET = routeHandler<{ connectionId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json(await getConnectionSyncStatus(user.id, parseIdParam(params.connectionId, "Connection")));
});

/** "Sync now": 409 while a sync of this connection is already running. */
export const POST = routeHandler<{ connectionId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  const outcome = await syncConnectionNow(user.id, parseIdParam(params.connectionId, "Connection"));
  return NextResponse.json(outcome);
});
