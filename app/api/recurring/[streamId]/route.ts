import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { updateRecurringStream } from "@/lib/recurring/update-recurring-stream";

export const PATCH = routeHandler<{ streamId: string }>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.streamId, "Recurring stream");
  const stream = await updateRecurringStream(user.id, id, await readJson(request), { actor: `user:${user.id}`, requestId });
  return NextResponse.json({ stream });
});
