import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { listRules } from "@/lib/categorize/rules/list-rules";
import { createRule } from "@/lib/categorize/rules/save-rule";
import { readJson, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ rules: await listRules(user.id) });
});

export const POST = routeHandler(async (request, { requestId }) => {
  const user = await requireUser();
  return NextResponse.json(await createRule(user.id, await readJson(request), { requestId }), { status: 201 });
});
