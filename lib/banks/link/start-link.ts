/**
 * Starts an OAuth authorization-code + PKCE link: a fresh state bound to this user, a verifier kept
 * encrypted until the callback, and the bank's consent URL for the browser.
 */
import { codeChallengeS256, createRandomSecret } from "@/lib/crypto/pkce";
import { encryptSecret } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import type { ProviderId } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import type { ProviderOptions } from "@/lib/banks/providers/provider-http";

export const LINK_SESSION_TTL_MS = 15 * 60_000;

export function linkRedirectUri(provider: ProviderId): string {
  return `${env().APP_URL}/api/banks/${provider}/callback`;
}

export async function startLink(
  userId: string,
  providerId: ProviderId,
  input: { connectionId?: string | null } = {},
  options: { providerOptions?: ProviderOptions; now?: Date } = {},
): Promise<{ authorizationUrl: string; state: string }> {
  const now = options.now ?? new Date();
  const connectionId = input.connectionId ?? null;
  if (connectionId) {
    // Re-linking keeps an existing connection's history; it must be this user's and this bank's.
    const owned = await prisma().bankConnection.findFirst({ where: { id: connectionId, userId, provider: providerId }, select: { id: true } });
    if (!owned) throw notFound("Connection");
  }
  const state = createRandomSecret();
  const verifier = createRandomSecret();
  const redirectUri = linkRedirectUri(providerId);
  await prisma().$transaction(async (tx) => {
    const session = await tx.bankLinkSession.create({
      data: { userId, provider: providerId, state, codeVerifierEnc: "", keyId: "", redirectUri, connectionId, expiresAt: new Date(now.getTime() + LINK_SESSION_TTL_MS) },
      select: { id: true },
    });
    // The session id is the associated data, so the ciphertext only decrypts on this row.
    const encrypted = encryptSecret(verifier, session.id);
    await tx.bankLinkSession.update({ where: { id: session.id }, data: { codeVerifierEnc: encrypted.ciphertext, keyId: encrypted.keyId } });
  });
  const authorizationUrl = getProvider(providerId, options.providerOptions).authorizationUrl({ state, codeChallenge: codeChallengeS256(verifier), redirectUri });
  return { authorizationUrl, state };
}
