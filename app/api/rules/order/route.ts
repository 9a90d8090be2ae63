import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { reorderRules } from "@/lib/categorize/rules/reorder-rules";
import { readJson, routeHandler } from "@/lib/http/route-handler";

/** Body: { ruleIds } in evaluation order, first wins. */
export const PUT = routeHandler(async (request, { requestId }) => {
  const user = await requireUser();
  return NextResponse.json({ rules: await reorderRules(user.id, await readJson(request), { requestId }) });
});
