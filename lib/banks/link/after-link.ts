/**
 * Right after a connection is linked or re-linked: its first sync, so the Accounts page shows
 * transactions at once. A failed first sync does not undo the link: the connection stays due
 * (nextSyncAt = now) and the scheduler tries again; the error is recorded on the connection by the engine.
 */
import { getFreshAccessToken } from "@/lib/banks/connections/connection-tokens";
import type { ProviderId } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import type { ProviderOptions } from "@/lib/banks/providers/provider-http";
import { logError } from "@/lib/log";
import { syncConnection } from "@/lib/sync/sync-connection";

export async function afterLink(userId: string, connectionId: string, providerId: ProviderId, providerOptions?: ProviderOptions): Promise<void> {
  const provider = getProvider(providerId, providerOptions);
  try {
    await syncConnection(userId, connectionId, { trigger: "link", session: { provider, accessToken: () => getFreshAccessToken(connectionId, provider) } });
  } catch (error) {
    logError("first sync after link failed", error, { connectionId });
  }
}
