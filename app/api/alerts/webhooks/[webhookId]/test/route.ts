import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

/** Sends one signed webhook.test event now; 200 with the outcome whether or not the receiver accepted it. */
export const POST = routeHandler<{ webhookId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ delivery: await sendTestWebhook(user.id, parseIdParam(params.webhookId, "Webhook")) });
});
