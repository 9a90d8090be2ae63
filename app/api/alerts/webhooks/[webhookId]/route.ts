import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { deleteWebhookEndpoint } from "@/lib/webhooks/webhook-endpoints";

export const DELETE = routeHandler<{ webhookId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  await deleteWebhookEndpoint(user.id, parseIdParam(params.webhookId, "Webhook"));
  return new NextResponse(null, { status: 204 });
});
