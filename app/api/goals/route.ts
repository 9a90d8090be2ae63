import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { createGoal } from "@/lib/goals/create-goal";
import { listGoals } from "@/lib/goals/list-goals";
import { readJson, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ goals: await listGoals(user.id) });
});

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json({ goal: await createGoal(user.id, await readJson(request)) }, { status: 201 });
});
