import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { createRandomSecret } from "@/lib/crypto/pkce";
import { encryptSecret } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** A user may register a handful of receivers; deliveries fan out to every enabled one. */
export const MAX_ENDPOINTS_PER_USER = 5;

export const WebhookEndpointInput = z.object({
  url: z
    .string({ error: "is required" })
    .trim()
    .url("must be a URL like https://example.com/hooks/fathom")
    .max(2_000, "is too long")
    .refine((value) => /^https?:\/\//i.test(value), "must start with http:// or https://"),
});

export interface WebhookEndpointView {
  id: string;
  url: string;
  enabled: boolean;
  createdAt: string;
}

/** The associated data binds each encrypted secret to its endpoint row. */
export function webhookSecretAad(endpointId: string): string {
  return `webhook:${endpointId}`;
}

/** Creates an endpoint and returns its signing secret, the only time it is ever shown. */
export async function createWebhookEndpoint(userId: string, input: unknown): Promise<WebhookEndpointView & { secret: string }> {
  const { url } = WebhookEndpointInput.parse(input);
  if ((await prisma().webhookEndpoint.count({ where: { userId, disabledAt: null } })) >= MAX_ENDPOINTS_PER_USER) {
    throw new AppError("conflict", `You can register at most ${MAX_ENDPOINTS_PER_USER} webhooks`);
  }
  const id = randomUUID();
  const secret = `whsec_${createRandomSecret(24)}`;
  const encrypted = encryptSecret(secret, webhookSecretAad(id));
  const row = await prisma().$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { id, userId, url, secretEnc: encrypted.ciphertext, keyId: encrypted.keyId } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "webhook.created", entityType: "webhook_endpoint", entityId: id, after: { url } });
    return created;
  });
  return { id: row.id, url: row.url, enabled: row.enabled, createdAt: row.createdAt.toISOString(), secret };
}

export async function listWebhookEndpoints(userId: string): Promise<WebhookEndpointView[]> {
  const rows = await prisma().webhookEndpoint.findMany({ where: { userId, disabledAt: null }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ id: row.id, url: row.url, enabled: row.enabled, createdAt: row.createdAt.toISOString() }));
}

export async function deleteWebhookEndpoint(userId: string, endpointId: string): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, userId } });
    if (count === 0) throw notFound("Webhook");
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "webhook.deleted", entityType: "webhook_endpoint", entityId: endpointId });
  });
}
