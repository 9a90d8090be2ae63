import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { deleteSchedule } from "@/lib/scheduled/delete-schedule";
import { getSchedule } from "@/lib/scheduled/list-schedules";

export const GET = routeHandler<{ scheduleId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ schedule: await getSchedule(user.id, parseIdParam(params.scheduleId, "Schedule")) });
});

export const DELETE = routeHandler<{ scheduleId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  await deleteSchedule(user.id, parseIdParam(params.scheduleId, "Schedule"));
  return new NextResponse(null, { status: 204 });
});
