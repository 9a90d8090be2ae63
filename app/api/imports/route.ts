import { after, NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { listImportJobs } from "@/lib/import-jobs/list-import-jobs";
import { readImportForm } from "@/lib/import-jobs/read-import-form";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ jobs: await listImportJobs(user.id) });
});

/** 202: the job is queued; its rows are stored after the response (watch GET /api/imports/{id}). */
export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  const { job, run } = await createImportJob(user.id, await readImportForm(request));
  after(run);
  return NextResponse.json({ job }, { status: 202 });
});
