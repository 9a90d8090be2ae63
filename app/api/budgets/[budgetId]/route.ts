import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { getBudget } from "@/lib/budgets/list-budgets";
import { deleteBudget, updateBudget } from "@/lib/budgets/save-budget";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

type Params = { budgetId: string };

export const GET = routeHandler<Params>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ budget: await getBudget(user.id, parseIdParam(params.budgetId, "Budget"), { historyPeriods: 12 }) });
});

export const PUT = routeHandler<Params>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const updated = await updateBudget(user.id, parseIdParam(params.budgetId, "Budget"), await readJson(request), { requestId });
  return NextResponse.json({ id: updated.id, alerts: updated.alerts });
});

export const DELETE = routeHandler<Params>(async (_request, { params, requestId }) => {
  const user = await requireUser();
  await deleteBudget(user.id, parseIdParam(params.budgetId, "Budget"), { requestId });
  return new NextResponse(null, { status: 204 });
});
