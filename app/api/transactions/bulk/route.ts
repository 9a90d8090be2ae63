import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { applyBulkAction } from "@/lib/corrections/apply-bulk-action";
import { readJson, routeHandler } from "@/lib/http/route-handler";

/** Body: { action: "categorize", transactionIds, categoryId } | { action: "exclude", transactionIds, excluded? }. */
export const POST = routeHandler(async (request, { requestId }) => {
  const user = await requireUser();
  return NextResponse.json(await applyBulkAction(user.id, await readJson(request), { requestId }));
});
