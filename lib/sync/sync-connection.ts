/**
 * The entry point for "sync this connection now" from any trigger: a per-connection lock so two workers
 * (or a manual click during a scheduled run) never sync one connection at once.
 */
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { SyncTrigger } from "@/lib/generated/prisma/client";
import { withLock } from "@/lib/redis/connection-lock";
import { openProviderSession } from "./open-provider-session";
import { runSync, type ProviderSession, type RunSyncOptions, type SyncOutcome } from "./run-sync";

/** Longer than the slowest sync we expect, so a crashed holder's lock frees itself without cutting a live one short. */
export const SYNC_LOCK_TTL_MS = 10 * 60_000;

export function syncLockKey(connectionId: string): string {
  return `sync:${connectionId}`;
}

export type SyncConnectionResult = { status: "done"; outcome: SyncOutcome } | { status: "busy" };

export async function syncConnection(
  userId: string,
  connectionId: string,
  options: { trigger: SyncTrigger; session?: ProviderSession } & Omit<RunSyncOptions, "trigger" | "session">,
): Promise<SyncConnectionResult> {
  const connection = await prisma().bankConnection.findFirst({ where: { id: connectionId, userId }, select: { id: true, provider: true, status: true } });
  if (!connection) throw notFound("Connection");
  if (connection.status === "revoked") throw new AppError("conflict", "This connection was disconnected; link the bank again to sync it", { text: { key: "errors.connectionRevoked" } });
  const session = options.session ?? openProviderSession(connection);
  const result = await withLock(syncLockKey(connectionId), SYNC_LOCK_TTL_MS, () => runSync(userId, connectionId, { ...options, session }));
  return result.status === "busy" ? { status: "busy" } : { status: "done", outcome: result.value };
}

/** A user's "Sync now": a sync already running is a conflict with a message the page can show. */
export async function syncConnectionNow(userId: string, connectionId: string): Promise<SyncOutcome> {
  const result = await syncConnection(userId, connectionId, { trigger: "manual" });
  if (result.status === "busy") throw new AppError("conflict", "This connection is already syncing; the results will appear here when it finishes", { text: { key: "errors.connectionBusy" } });
  return result.outcome;
}
