import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { deliverWebhook, type DeliveryOptions, type WebhookOutcome } from "./deliver-webhook";
import { TEST_EVENT } from "./webhook-events";

/**
 * "Send test": one signed delivery of a webhook.test event, a single attempt (the user is waiting
 * for the answer), recorded like any delivery. Another user's endpoint is "not found".
 */
export async function sendTestWebhook(userId: string, endpointId: string, options: DeliveryOptions = {}, now = new Date()): Promise<WebhookOutcome> {
  const endpoint = await prisma().webhookEndpoint.findFirst({ where: { id: endpointId, userId, disabledAt: null } });
  if (!endpoint) throw notFound("Webhook");
  const body = JSON.stringify({ type: TEST_EVENT, id: randomUUID(), sentAt: now.toISOString(), message: "A test delivery from Fathom: your endpoint is reachable and can check the signature." });
  return deliverWebhook(endpoint, { type: TEST_EVENT, subjectId: null, body }, { attempts: 1, timeoutMs: 5_000, ...options });
}
