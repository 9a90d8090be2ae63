import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/webhook-endpoints";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ webhooks: await listWebhookEndpoints(user.id) });
});

/** Body: { url }. The response carries the signing secret once; it is stored encrypted. */
export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json({ webhook: await createWebhookEndpoint(user.id, await readJson(request)) }, { status: 201 });
});
