import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ deliveries: await listWebhookDeliveries(user.id) });
});
