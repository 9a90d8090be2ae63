import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { createRandomSecret } from "@/lib/crypto/pkce";
import { encryptSecret } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { WEBHOOK_EVENT_TYPES } from "./webhook-events";
import { assertPublicWebhookUrl, type ResolveHost } from "./webhook-target";

/** A user may register a handful of receivers; deliveries fan out to every enabled one. */
export const MAX_ENDPOINTS_PER_USER = 5;

export const WebhookEndpointInput = z.object({
  url: z
    .string({ error: "is required" })
    .trim()
    .url("must be a URL like https://example.com/hooks/fathom")
    .max(2_000, "is too long")
    .refine((value) => /^https?:\/\//i.test(value), "must start with http:// or https://")
    .refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), "must not contain a user name or password"),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: `must be one of ${WEBHOOK_EVENT_TYPES.join(", ")}` }), { error: "must be a list of event types" })
    .min(1, "choose at least one event")
    .max(WEBHOOK_EVENT_TYPES.length, "lists an event twice")
    .refine((events) => new Set(events).size === events.length, "lists an event twice")
    .default([...WEBHOOK_EVENT_TYPES]),
});

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  createdAt: string;
}

function toView(row: { id: string; url: string; events: string[]; enabled: boolean; createdAt: Date }): WebhookEndpointView {
  return { id: row.id, url: row.url, events: row.events, enabled: row.enabled, createdAt: row.createdAt.toISOString() };
}

/** The associated data binds each encrypted secret to its endpoint row. */
export function webhookSecretAad(endpointId: string): string {
  return `webhook:${endpointId}`;
}

/**
 * Creates an endpoint and returns its signing secret, the only time it is ever shown. A URL whose
 * host is or resolves to a private address is refused here (422) and again at every delivery.
 */
export async function createWebhookEndpoint(userId: string, input: unknown, options: { resolve?: ResolveHost } = {}): Promise<WebhookEndpointView & { secret: string }> {
  const { url, events } = WebhookEndpointInput.parse(input);
  await assertPublicWebhookUrl(url, options.resolve);
  if ((await prisma().webhookEndpoint.count({ where: { userId, disabledAt: null } })) >= MAX_ENDPOINTS_PER_USER) {
    throw new AppError("conflict", `You can register at most ${MAX_ENDPOINTS_PER_USER} webhooks`, { text: { key: "errors.tooManyWebhooks", params: { max: MAX_ENDPOINTS_PER_USER } } });
  }
  const id = randomUUID();
  const secret = `whsec_${createRandomSecret(24)}`;
  const encrypted = encryptSecret(secret, webhookSecretAad(id));
  const row = await prisma().$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { id, userId, url, events, secretEnc: encrypted.ciphertext, keyId: encrypted.keyId } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "webhook.created", entityType: "webhook_endpoint", entityId: id, after: { url, events } });
    return created;
  });
  return { ...toView(row), secret };
}

export async function listWebhookEndpoints(userId: string): Promise<WebhookEndpointView[]> {
  const rows = await prisma().webhookEndpoint.findMany({ where: { userId, disabledAt: null }, orderBy: { createdAt: "asc" } });
  return rows.map(toView);
}

export async function deleteWebhookEndpoint(userId: string, endpointId: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, userId } });
    if (count === 0) throw notFound("Webhook");
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "webhook.deleted", entityType: "webhook_endpoint", entityId: endpointId });
  });
}
