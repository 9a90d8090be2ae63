import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { generateSecret, hashSecret } from "@/lib/auth/hash-secret";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CreateApiTokenInput } from "./api-token-input";

/** Recognisable by secret scanners and by our own authenticator before any database lookup. */
export const API_TOKEN_PREFIX = "fth_";
const MAX_ACTIVE_TOKENS = 50;

export interface CreatedApiToken {
  id: string;
  name: string;
  scopes: string[];
  expiresAt: string | null;
  /** The secret itself: returned once, never stored (only its SHA-256 is). */
  token: string;
}

export async function createApiToken(userId: string, input: z.input<typeof CreateApiTokenInput> | unknown, options: { now?: Date; requestId?: string } = {}): Promise<CreatedApiToken> {
  const data = CreateApiTokenInput.parse(input);
  const now = options.now ?? new Date();
  const token = generateSecret(API_TOKEN_PREFIX);
  const expiresAt = data.expiresInDays === null ? null : new Date(now.getTime() + data.expiresInDays * 86_400_000);
  return prisma().$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("conflict", `You already have ${MAX_ACTIVE_TOKENS} active tokens; revoke one first`, { text: { key: "errors.tooManyTokens", params: { max: MAX_ACTIVE_TOKENS } } });
    const row = await tx.apiToken.create({
      data: { userId, name: data.name, scopes: data.scopes, expiresAt, tokenHash: hashSecret(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6) },
    });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "security.token_created", entityType: "ApiToken", entityId: row.id,
      after: { name: data.name, scopes: data.scopes, expiresAt: expiresAt?.toISOString() ?? null }, requestId: options.requestId,
    });
    return { id: row.id, name: row.name, scopes: row.scopes, expiresAt: expiresAt?.toISOString() ?? null, token };
  });
}
