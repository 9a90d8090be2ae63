import { getFreshAccessToken } from "@/lib/banks/connections/connection-tokens";
import { getProvider, parseProviderId } from "@/lib/banks/registry";
import type { ProviderSession } from "./run-sync";

/** The registered provider for a stored connection, with tokens decrypted and refreshed on demand. */
export function openProviderSession(connection: { id: string; provider: string }): ProviderSession {
  const provider = getProvider(parseProviderId(connection.provider));
  return { provider, accessToken: () => getFreshAccessToken(connection.id, provider) };
}
