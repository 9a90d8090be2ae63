import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { createSchedule } from "@/lib/scheduled/create-schedule";
import { listSchedules } from "@/lib/scheduled/list-schedules";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ schedules: await listSchedules(user.id) });
});

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json({ schedule: await createSchedule(user.id, await readJson(request)) }, { status: 201 });
});
