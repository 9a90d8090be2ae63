import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { previewImport } from "@/lib/import-jobs/preview-import";
import { readImportForm } from "@/lib/import-jobs/read-import-form";
import { routeHandler } from "@/lib/http/route-handler";

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json({ preview: await previewImport(user.id, await readImportForm(request)) });
});
