import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { listImportMappings } from "@/lib/import-jobs/list-import-mappings";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ mappings: await listImportMappings(user.id) });
});
