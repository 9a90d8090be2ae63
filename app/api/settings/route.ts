import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ settings: await getSettings(user.id) });
});

/** PATCH any subset of { name, homeCurrency, theme, locale, timeZone, notificationPrefs }. */
export const PATCH = routeHandler(async (request, { requestId }) => {
  const user = await requireUser();
  return NextResponse.json({ settings: await updateSettings(user.id, await readJson(request), { requestId }) });
});
