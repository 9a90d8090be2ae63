/**
 * A connection's OAuth tokens at rest: AES-256-GCM with the connection id as associated data
 * (lib/crypto/token-cipher), so a ciphertext copied to another connection does not decrypt.
 * The sync engine reads tokens through here and writes rotated ones back through here; nothing
 * else touches the *Enc columns, and no function here returns tokens to a caller outside the server.
 */
import { decryptSecret, encryptSecret, type Keyring, configuredKeyring } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ProviderError, type BankProvider, type TokenSet } from "@/lib/banks/provider";

/** Refresh a little before the bank's expiry so a token does not lapse between check and use. */
const REFRESH_MARGIN_MS = 60_000;

export interface EncryptedTokenColumns {
  accessTokenEnc: string;
  refreshTokenEnc: string | null;
  tokenKeyId: string;
  tokenExpiresAt: Date | null;
}

export function encryptConnectionTokens(connectionId: string, tokens: TokenSet, keyring: Keyring = configuredKeyring()): EncryptedTokenColumns {
  const access = encryptSecret(tokens.accessToken, connectionId, keyring);
  const refresh = tokens.refreshToken === null ? null : encryptSecret(tokens.refreshToken, connectionId, keyring);
  return { accessTokenEnc: access.ciphertext, refreshTokenEnc: refresh?.ciphertext ?? null, tokenKeyId: access.keyId, tokenExpiresAt: tokens.expiresAt };
}

export interface StoredTokenColumns {
  id: string;
  accessTokenEnc: string | null;
  refreshTokenEnc: string | null;
  tokenKeyId: string | null;
  tokenExpiresAt: Date | null;
}

/** Null when the connection holds no tokens (unlinked, or never completed). */
export function decryptConnectionTokens(row: StoredTokenColumns, keyring: Keyring = configuredKeyring()): TokenSet | null {
  if (!row.accessTokenEnc || !row.tokenKeyId) return null;
  return {
    accessToken: decryptSecret({ ciphertext: row.accessTokenEnc, keyId: row.tokenKeyId }, row.id, keyring),
    refreshToken: row.refreshTokenEnc ? decryptSecret({ ciphertext: row.refreshTokenEnc, keyId: row.tokenKeyId }, row.id, keyring) : null,
    expiresAt: row.tokenExpiresAt,
  };
}

const TOKEN_SELECT = { id: true, accessTokenEnc: true, refreshTokenEnc: true, tokenKeyId: true, tokenExpiresAt: true } as const;

/** Persists a (rotated) token set; call it right after a refresh, because the old refresh token is now dead. */
export async function storeConnectionTokens(connectionId: string, tokens: TokenSet, client: Prisma.TransactionClient = prisma()): Promise<void> {
  await client.bankConnection.update({ where: { id: connectionId }, data: encryptConnectionTokens(connectionId, tokens) });
}

/** The grant is gone at the bank (revoked, or the refresh token was refused): the user must re-link. */
export async function markReauthRequired(connectionId: string, reason: string): Promise<void> {
  await prisma().bankConnection.update({ where: { id: connectionId }, data: { status: "reauth_required", lastError: reason, nextSyncAt: null } });
}

/**
 * A usable access token for a connection: the stored one while it is fresh, otherwise refreshed at the
 * bank (rotating the refresh token) and saved before it is returned. A refused refresh marks the
 * connection reauth_required and rethrows. Pass `force` after the bank said the token expired early.
 */
export async function getFreshAccessToken(connectionId: string, provider: BankProvider, options: { now?: Date; force?: boolean } = {}): Promise<string> {
  const now = options.now ?? new Date();
  const row = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId }, select: { ...TOKEN_SELECT, status: true } });
  const tokens = decryptConnectionTokens(row);
  if (!tokens || row.status === "revoked") throw new ProviderError({ kind: "reauth_required", message: "the connection has no bank authorization" });
  const fresh = tokens.expiresAt === null || tokens.expiresAt.getTime() - REFRESH_MARGIN_MS > now.getTime();
  if (fresh && !options.force) return tokens.accessToken;
  if (!tokens.refreshToken) {
    await markReauthRequired(connectionId, "The bank's authorization expired.");
    throw new ProviderError({ kind: "reauth_required", message: "the access token expired and there is no refresh token" });
  }
  try {
    const rotated = await provider.refreshTokens(tokens.refreshToken);
    await storeConnectionTokens(connectionId, { ...rotated, refreshToken: rotated.refreshToken ?? tokens.refreshToken });
    return rotated.accessToken;
  } catch (error) {
    if (error instanceof ProviderError && error.failure.kind === "reauth_required") await markReauthRequired(connectionId, `The bank refused to renew access: ${error.failure.message}`);
    throw error;
  }
}
