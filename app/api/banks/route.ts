import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { listProviders } from "@/lib/banks/registry";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  await requireUser();
  return NextResponse.json({ providers: listProviders() });
});
