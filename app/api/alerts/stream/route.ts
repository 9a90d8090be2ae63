import { createAlertStreamResponse } from "@/lib/alerts/create-alert-stream";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";

// A live stream per request: never prerendered or cached.
export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  return createAlertStreamResponse({
    userId: user.id,
    signal: request.signal,
    lastEventId: request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("lastEventId"),
  });
});
