import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { getImportJob } from "@/lib/import-jobs/list-import-jobs";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const GET = routeHandler<{ jobId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ job: await getImportJob(user.id, parseIdParam(params.jobId, "Import")) });
});
