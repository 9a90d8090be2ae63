import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { deleteImportMapping } from "@/lib/import-jobs/list-import-mappings";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const DELETE = routeHandler<{ mappingId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  await deleteImportMapping(user.id, parseIdParam(params.mappingId, "Mapping"));
  return new NextResponse(null, { status: 204 });
});
