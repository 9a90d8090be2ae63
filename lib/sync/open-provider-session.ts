import { getFreshAccessToken } from "@/lib/banks/connections/connection-tokens";
import { ProviderError, type BankProvider } from "@/lib/banks/provider";
import { getProvider, parseProviderId } from "@/lib/banks/registry";
import type { ProviderOptions } from "@/lib/banks/providers/provider-http";
import type { ProviderSession } from "./run-sync";

function isTokenExpired(error: unknown): boolean {
  return error instanceof ProviderError && error.failure.kind === "reauth_required" && error.failure.tokenExpired === true;
}

/**
 * A session whose data calls survive a bank expiring the access token early: on the bank's
 * "token expired" answer the token is refreshed once (rotating the refresh token) and the call is
 * retried with the new one, which every later call of the session then uses. A second expiry, or a
 * refused refresh (getFreshAccessToken marks the connection reauth_required), is passed on so the run
 * fails with the "sign in to the bank again" state instead of looping.
 */
export function createRefreshingSession(connectionId: string, provider: BankProvider): ProviderSession {
  let refreshed: string | null = null;
  let refreshUsed = false;

  async function call<T>(token: string, work: (token: string) => Promise<T>): Promise<T> {
    try {
      return await work(refreshed ?? token);
    } catch (error) {
      if (!isTokenExpired(error) || refreshUsed) throw error;
      refreshUsed = true;
      refreshed = await getFreshAccessToken(connectionId, provider, { force: true });
      return work(refreshed);
    }
  }

  const session: BankProvider = {
    ...provider,
    authorizationUrl: (request) => provider.authorizationUrl(request),
    exchangeCode: (input) => provider.exchangeCode(input),
    refreshTokens: (refreshToken) => provider.refreshTokens(refreshToken),
    revokeGrant: (token) => provider.revokeGrant(token),
    normalizeAccount: (record) => provider.normalizeAccount(record),
    normalizeTransaction: (record) => provider.normalizeTransaction(record),
    fetchAccounts: (token) => call(token, (current) => provider.fetchAccounts(current)),
    fetchTransactionsPage: (token, position) => call(token, (current) => provider.fetchTransactionsPage(current, position)),
  };
  return { provider: session, accessToken: async () => refreshed ?? getFreshAccessToken(connectionId, provider) };
}

/** The registered provider for a stored connection, with tokens decrypted and refreshed on demand. */
export function openProviderSession(connection: { id: string; provider: string }, providerOptions?: ProviderOptions): ProviderSession {
  return createRefreshingSession(connection.id, getProvider(parseProviderId(connection.provider), providerOptions));
}
