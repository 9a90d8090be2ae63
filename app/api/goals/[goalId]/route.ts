import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { deleteGoal } from "@/lib/goals/delete-goal";
import { getGoal } from "@/lib/goals/list-goals";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const GET = routeHandler<{ goalId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ goal: await getGoal(user.id, parseIdParam(params.goalId, "Goal")) });
});

export const DELETE = routeHandler<{ goalId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  await deleteGoal(user.id, parseIdParam(params.goalId, "Goal"));
  return new NextResponse(null, { status: 204 });
});
