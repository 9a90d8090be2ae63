import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { saveManualRate } from "@/lib/exchange-rates/save-manual-rate";
import { readJson, routeHandler } from "@/lib/http/route-handler";

/** The user's own rate for a date, used before shared rates for their conversions. */
export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json({ rate: await saveManualRate(user.id, await readJson(request)) }, { status: 201 });
});
