import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { listBudgets } from "@/lib/budgets/list-budgets";
import { createBudget } from "@/lib/budgets/save-budget";
import { readJson, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ budgets: await listBudgets(user.id) });
});

export const POST = routeHandler(async (request, { requestId }) => {
  const user = await requireUser();
  const created = await createBudget(user.id, await readJson(request), { requestId });
  return NextResponse.json({ id: created.id, alerts: created.alerts }, { status: 201 });
});
