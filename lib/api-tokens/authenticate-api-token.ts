import { hashSecret } from "@/lib/auth/hash-secret";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApiScope } from "./api-token-input";
import { API_TOKEN_PREFIX } from "./create-api-token";

// lastUsedAt is informational: writing it at most once a minute keeps a busy token from writing on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

export interface TokenPrincipal {
  tokenId: string;
  userId: string;
  scopes: ApiScope[];
  role: "user" | "admin";
}

/** One message for every failure, so a caller cannot tell an unknown token from a revoked one. */
const INVALID = () => new AppError("unauthenticated", "The API token is invalid, expired or revoked");

export async function authenticateApiToken(secret: string, now = new Date()): Promise<TokenPrincipal> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) throw INVALID();
  const token = await prisma().apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, userId: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { disabledAt: true, role: true } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabledAt) throw INVALID();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: token.id, userId: token.userId, role: token.user.role, scopes: token.scopes.filter((scope): scope is ApiScope => scope === "read" || scope === "write") };
}
