import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { runDueSchedules } from "@/lib/scheduled/run-due-schedules";

/** "Run due now" for the signed-in user's schedules; idempotent like the scheduler's own tick. */
export const POST = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json(await runDueSchedules(new Date(), { userId: user.id }));
});
