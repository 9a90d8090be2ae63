import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { getRule } from "@/lib/categorize/rules/list-rules";
import { deleteRule, updateRule } from "@/lib/categorize/rules/save-rule";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

type Params = { ruleId: string };

export const GET = routeHandler<Params>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ rule: await getRule(user.id, parseIdParam(params.ruleId, "Rule")) });
});

export const PATCH = routeHandler<Params>(async (request, { params, requestId }) => {
  const user = await requireUser();
  return NextResponse.json(await updateRule(user.id, parseIdParam(params.ruleId, "Rule"), await readJson(request), { requestId }));
});

export const DELETE = routeHandler<Params>(async (_request, { params, requestId }) => {
  const user = await requireUser();
  return NextResponse.json(await deleteRule(user.id, parseIdParam(params.ruleId, "Rule"), { requestId }));
});
