import { afterEach, describe, expect, it } from "vitest";
import { runSchedulerTick, startSyncScheduler, stopSyncScheduler } from "./start-sync-scheduler";

afterEach(() => stopSyncScheduler());

describe("the in-process sync scheduler", () => {
  it("starts one interval per process however often start-up runs (dev reloads)", () => {
    expect(startSyncScheduler(60_000)).toBe(true);
    expect(startSyncScheduler(60_000)).toBe(false);
    stopSyncScheduler();
    expect(startSyncScheduler(60_000)).toBe(true);
  });

  it("skips a tick while the previous one is still running", async () => {
    const state = { running: false };
    let finish: () => void = () => undefined;
    let calls = 0;
    const slow = () => new Promise<void>((resolve) => { calls += 1; finish = resolve; });
    const first = runSchedulerTick(state, slow);
    expect(await runSchedulerTick(state, slow)).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(calls).toBe(1);
    expect(state.running).toBe(false);
  });
});
