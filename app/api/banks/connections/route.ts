import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { listConnections } from "@/lib/banks/connections/list-connections";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ connections: await listConnections(user.id) });
});
