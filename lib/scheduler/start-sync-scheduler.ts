/**
 * The embedded default when QStash is not configured: one in-process interval that syncs due
 * connections every 15 minutes. The handle lives on globalThis so Next's development reloads, which
 * re-evaluate modules, never start a second interval in the same process.
 */
import { env } from "@/lib/env";
import { logError, logInfo } from "@/lib/log";
import { SYNC_INTERVAL_MS } from "@/lib/sync/run-sync";
import { syncDueConnections } from "@/lib/sync/sync-due-connections";
import { runDueSchedules } from "@/lib/scheduled/run-due-schedules";

interface SchedulerState {
  timer: ReturnType<typeof setInterval>;
  running: boolean;
}

const holder = globalThis as typeof globalThis & { fathomSyncScheduler?: SchedulerState };

export function usesQstash(): boolean {
  return Boolean(env().QSTASH_TOKEN && env().QSTASH_CURRENT_SIGNING_KEY);
}

/** Due scheduled transactions first, so the bank rows this sync brings can be matched to them. */
async function defaultTick(): Promise<void> {
  try {
    await runDueSchedules();
  } catch (error) {
    logError("scheduled transactions tick failed", error);
  }
  await syncDueConnections();
}

/** Runs one tick unless the previous one is still going (a slow bank must not stack ticks up). */
export async function runSchedulerTick(state: { running: boolean }, tick: () => Promise<unknown> = defaultTick): Promise<boolean> {
  if (state.running) return false;
  state.running = true;
  try {
    await tick();
    return true;
  } catch (error) {
    logError("scheduled sync tick failed", error);
    return true;
  } finally {
    state.running = false;
  }
}

/** Returns false when a scheduler is already running in this process or QStash drives syncs. */
export function startSyncScheduler(intervalMs = SYNC_INTERVAL_MS): boolean {
  if (holder.fathomSyncScheduler || usesQstash()) return false;
  const state: SchedulerState = { running: false, timer: setInterval(() => void runSchedulerTick(state), intervalMs) };
  state.timer.unref?.();
  holder.fathomSyncScheduler = state;
  logInfo("started the in-process sync scheduler", { intervalMs });
  return true;
}

export function stopSyncScheduler(): void {
  const state = holder.fathomSyncScheduler;
  if (!state) return;
  clearInterval(state.timer);
  holder.fathomSyncScheduler = undefined;
}
