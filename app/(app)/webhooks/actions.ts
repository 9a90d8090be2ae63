"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/http/action-result";
import { parseIdParam } from "@/lib/http/uuid-param";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { createWebhookEndpoint, deleteWebhookEndpoint } from "@/lib/webhooks/webhook-endpoints";

export async function createWebhookAction(input: { url: string; events: string[] }) {
  return runAction(async () => {
    const user = await requireUser();
    const created = await createWebhookEndpoint(user.id, input);
    revalidatePath("/webhooks");
    return created;
  });
}

export async function deleteWebhookAction(webhookId: string) {
  return runAction(async () => {
    const user = await requireUser();
    await deleteWebhookEndpoint(user.id, parseIdParam(String(webhookId), "Webhook"));
    revalidatePath("/webhooks");
  });
}

export async function sendTestWebhookAction(webhookId: string) {
  return runAction(async () => {
    const user = await requireUser();
    const outcome = await sendTestWebhook(user.id, parseIdParam(String(webhookId), "Webhook"));
    revalidatePath("/webhooks");
    return outcome;
  });
}
