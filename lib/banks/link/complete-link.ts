/**
 * The OAuth callback: checks the state against this user's pending link session, exchanges the code
 * (with the PKCE verifier) at the bank, reads the shared accounts and stores the connection with its
 * tokens encrypted. Any failure leaves nothing behind: no connection, no accounts, no link session,
 * and a grant the bank already issued is revoked.
 */
import { decryptSecret } from "@/lib/crypto/token-cipher";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logWarn } from "@/lib/log";
import { ProviderError, type BankProvider, type ProviderId, type TokenSet } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import type { ProviderOptions } from "@/lib/banks/providers/provider-http";
import type { CanonicalAccount } from "@/lib/sync/normalize/canonical-transaction";
import { encryptConnectionTokens } from "@/lib/banks/connections/connection-tokens";
import { afterLink } from "./after-link";
import { LinkError } from "./link-error";

export interface CallbackQuery {
  code?: string | null;
  state?: string | null;
  error?: string | null;
}

export interface LinkResult {
  connectionId: string;
  accountCount: number;
  relinked: boolean;
}

function exchangeFailure(error: unknown): LinkError {
  if (!(error instanceof ProviderError)) return new LinkError("exchange_failed");
  if (error.failure.kind === "unavailable" || error.failure.kind === "rate_limited") return new LinkError("bank_unavailable");
  const message = error.message;
  if (/already used/.test(message)) return new LinkError("code_reused", message);
  if (/code_verifier/.test(message)) return new LinkError("verifier_mismatch", message);
  if (/expired/.test(message)) return new LinkError("expired", message);
  return new LinkError("exchange_failed", message);
}

async function readAccounts(provider: BankProvider, accessToken: string): Promise<CanonicalAccount[]> {
  const records = await provider.fetchAccounts(accessToken);
  const accounts: CanonicalAccount[] = [];
  for (const record of records) {
    const result = provider.normalizeAccount(record);
    if (result.ok) accounts.push(result.value);
    else logWarn("skipped a malformed account record at link", { provider: provider.id, reason: result.reason });
  }
  return accounts;
}

function accountData(account: CanonicalAccount, now: Date) {
  return {
    type: account.type,
    name: account.name,
    currency: account.currency,
    currentBalance: BigInt(account.currentBalance),
    availableBalance: account.availableBalance === undefined ? null : BigInt(account.availableBalance),
    balanceUpdatedAt: now,
    mask: account.mask ?? null,
  };
}

async function storeConnection(
  tx: Prisma.TransactionClient,
  userId: string,
  provider: BankProvider,
  existingId: string | null,
  tokens: TokenSet,
  accounts: CanonicalAccount[],
  now: Date,
): Promise<string> {
  const connection = existingId
    ? await tx.bankConnection.update({ where: { id: existingId }, data: { status: "active", lastError: null, nextSyncAt: now }, select: { id: true } })
    : await tx.bankConnection.create({ data: { userId, provider: provider.id, institutionName: provider.displayName, status: "active", nextSyncAt: now }, select: { id: true } });
  await tx.bankConnection.update({ where: { id: connection.id }, data: encryptConnectionTokens(connection.id, tokens) });
  for (const account of accounts) {
    // Keyed by (connection, bank account id): a re-link finds the same rows, so history is kept.
    await tx.account.upsert({
      where: { connectionId_providerAccountId: { connectionId: connection.id, providerAccountId: account.externalId } },
      create: { userId, connectionId: connection.id, source: "linked", providerAccountId: account.externalId, ...accountData(account, now) },
      update: { ...accountData(account, now), archivedAt: null },
    });
  }
  return connection.id;
}

export async function completeLink(
  userId: string,
  providerId: ProviderId,
  query: CallbackQuery,
  options: { providerOptions?: ProviderOptions; now?: Date; requestId?: string } = {},
): Promise<LinkResult> {
  const now = options.now ?? new Date();
  // Only this user's own pending session for this bank matches; another user's state is simply unknown.
  const session = query.state ? await prisma().bankLinkSession.findFirst({ where: { state: query.state, userId, provider: providerId } }) : null;
  if (!session) throw new LinkError("state_mismatch");
  const claimed = await prisma().bankLinkSession.updateMany({ where: { id: session.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count === 0) throw new LinkError("state_mismatch", "the link session was already used");
  const discardSession = () => prisma().bankLinkSession.deleteMany({ where: { id: session.id } });

  if (session.expiresAt <= now) {
    await discardSession();
    throw new LinkError("expired");
  }
  if (query.error || !query.code) {
    await discardSession();
    throw new LinkError(query.error === "access_denied" ? "denied" : "exchange_failed", query.error ?? "no code");
  }

  const provider = getProvider(providerId, options.providerOptions);
  let tokens: TokenSet;
  try {
    const codeVerifier = decryptSecret({ ciphertext: session.codeVerifierEnc, keyId: session.keyId }, session.id);
    tokens = await provider.exchangeCode({ code: query.code, codeVerifier, redirectUri: session.redirectUri });
  } catch (error) {
    await discardSession();
    throw exchangeFailure(error);
  }

  try {
    const accounts = await readAccounts(provider, tokens.accessToken);
    if (accounts.length === 0) throw new LinkError("no_accounts");
    const connectionId = await prisma().$transaction(async (tx) => {
      const id = await storeConnection(tx, userId, provider, session.connectionId, tokens, accounts, now);
      await tx.bankLinkSession.delete({ where: { id: session.id } });
      await recordAudit(tx, {
        userId,
        actor: `user:${userId}`,
        action: session.connectionId ? "bank.relinked" : "bank.linked",
        entityType: "BankConnection",
        entityId: id,
        after: { provider: providerId, accounts: accounts.length },
        requestId: options.requestId,
      });
      return id;
    });
    await afterLink(userId, connectionId, providerId, options.providerOptions);
    return { connectionId, accountCount: accounts.length, relinked: session.connectionId !== null };
  } catch (error) {
    await discardSession();
    // The bank issued a grant we will not use: revoke it so nothing is left behind there either.
    await provider.revokeGrant(tokens.refreshToken ?? tokens.accessToken).catch(() => undefined);
    if (error instanceof LinkError) throw error;
    if (error instanceof ProviderError) throw new LinkError(error.failure.kind === "reauth_required" ? "exchange_failed" : "bank_unavailable", error.message);
    throw error;
  }
}
