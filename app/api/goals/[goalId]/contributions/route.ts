import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { addGoalContribution } from "@/lib/goals/add-goal-contribution";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const POST = routeHandler<{ goalId: string }>(async (request, { params }) => {
  const user = await requireUser();
  return NextResponse.json(await addGoalContribution(user.id, parseIdParam(params.goalId, "Goal"), await readJson(request)), { status: 201 });
});
