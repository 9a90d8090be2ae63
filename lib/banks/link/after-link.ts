/**
 * What happens right after a connection is linked or re-linked: its first sync.
 * SYNC ENGINE: call your run function here (e.g. `await runSync(connectionId, { trigger: "link" })`).
 * Until then the new connection is picked up by the scheduler, because linking sets nextSyncAt = now.
 * Errors must not propagate: the link itself already succeeded.
 */
import { logError } from "@/lib/log";

export async function afterLink(connectionId: string): Promise<void> {
  try {
    void connectionId;
  } catch (error) {
    logError("first sync after link failed", error, { connectionId });
  }
}
