import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acquireLock,
  createMemoryLockStore,
  createUpstashLockStore,
  releaseLock,
  withLock,
  type LockStore,
} from "@/lib/redis/connection-lock";
import { startUpstashTestRedis } from "@/tests/helpers/upstash-bridge";

const holder = globalThis as typeof globalThis & { fathomRedis?: Redis | null };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let bridge: Awaited<ReturnType<typeof startUpstashTestRedis>>;
let redis: Redis;

beforeAll(async () => {
  bridge = await startUpstashTestRedis();
  // Configured as lib/redis/redis-client.ts configures production.
  redis = new Redis({ url: bridge.url, token: bridge.token, automaticDeserialization: false, retry: false });
});

afterAll(async () => {
  delete holder.fathomRedis;
  await bridge?.close();
});

let keyCounter = 0;
const freshKey = (): string => `connection:${process.pid}:${(keyCounter += 1)}`;

describe.each([
  { name: "in-process", store: (): LockStore => createMemoryLockStore() },
  { name: "Upstash through the bridge", store: (): LockStore => createUpstashLockStore(redis) },
])("connection lock ($name)", ({ store: makeStore }) => {
  it("lets exactly one of two concurrent acquirers win", async () => {
    const store = makeStore();
    const key = freshKey();
    const results = await Promise.all([acquireLock(key, 5_000, store), acquireLock(key, 5_000, store)]);
    const winners = results.filter((lock) => lock !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]?.token).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is released only by its owner", async () => {
    const store = makeStore();
    const key = freshKey();
    const lock = await acquireLock(key, 5_000, store);
    expect(lock).not.toBeNull();
    expect(await releaseLock(key, "someone-else", store)).toBe(false);
    expect(await acquireLock(key, 5_000, store)).toBeNull();
    expect(await releaseLock(key, lock?.token ?? "", store)).toBe(true);
    expect(await releaseLock(key, lock?.token ?? "", store)).toBe(false);
    expect(await acquireLock(key, 5_000, store)).not.toBeNull();
  });

  it("frees itself after the expiry, and the old owner cannot release the new holder's lock", async () => {
    const store = makeStore();
    const key = freshKey();
    // (That a live lock refuses a second acquirer is the test above; checking it here too would race the
    // short expiry on a loaded machine.)
    const first = await acquireLock(key, 100, store);
    expect(first).not.toBeNull();
    await sleep(160);
    const second = await acquireLock(key, 5_000, store);
    expect(second).not.toBeNull();
    expect(await releaseLock(key, first?.token ?? "", store)).toBe(false);
    expect(await acquireLock(key, 5_000, store)).toBeNull();
  });

  it("withLock answers busy at once when held and no wait is allowed", async () => {
    const store = makeStore();
    const key = freshKey();
    let ran = 0;
    const [a, b] = await Promise.all([
      withLock(key, 5_000, async () => { ran += 1; await sleep(50); return "a"; }, { store }),
      withLock(key, 5_000, async () => { ran += 1; return "b"; }, { store }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["busy", "done"]);
    expect(ran).toBe(1);
    // Released afterwards, so the next caller gets it.
    expect(await withLock(key, 5_000, async () => 42, { store })).toEqual({ status: "done", value: 42 });
  });

  it("withLock waits up to waitMs for the holder to finish", async () => {
    const store = makeStore();
    const key = freshKey();
    const order: string[] = [];
    const first = withLock(key, 5_000, async () => { await sleep(80); order.push("first"); return 1; }, { store });
    await sleep(10);
    const second = await withLock(key, 5_000, async () => { order.push("second"); return 2; }, { store, waitMs: 1_000 });
    expect(await first).toEqual({ status: "done", value: 1 });
    expect(second).toEqual({ status: "done", value: 2 });
    expect(order).toEqual(["first", "second"]);

    const holderLock = await acquireLock(key, 5_000, store);
    const started = Date.now();
    expect(await withLock(key, 5_000, async () => "never", { store, waitMs: 100 })).toEqual({ status: "busy" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    await releaseLock(key, holderLock?.token ?? "", store);
  });

  it("withLock releases the lock when the work throws", async () => {
    const store = makeStore();
    const key = freshKey();
    await expect(withLock(key, 5_000, async () => { throw new Error("sync failed"); }, { store })).rejects.toThrow("sync failed");
    expect(await acquireLock(key, 5_000, store)).not.toBeNull();
  });
});

describe("connection lock store selection", () => {
  it("keeps the lock in Redis when a client is configured", async () => {
    holder.fathomRedis = redis;
    const key = freshKey();
    const lock = await acquireLock(key, 5_000);
    expect(await redis.get(`fathom:lock:${key}`)).toBe(lock?.token);
    const ttl = await redis.pttl(`fathom:lock:${key}`);
    expect(ttl).toBeGreaterThan(4_000);
    expect(ttl).toBeLessThanOrEqual(5_000);
    expect(await releaseLock(key, lock?.token ?? "")).toBe(true);
    expect(await redis.exists(`fathom:lock:${key}`)).toBe(0);
  });

  it("keeps the lock in memory in embedded mode", async () => {
    holder.fathomRedis = null;
    const key = freshKey();
    const lock = await acquireLock(key, 5_000);
    expect(lock).not.toBeNull();
    expect(await acquireLock(key, 5_000)).toBeNull();
    expect(await redis.exists(`fathom:lock:${key}`)).toBe(0);
    expect(await releaseLock(key, lock?.token ?? "")).toBe(true);
  });

  it("expires an in-memory lock by the injected clock", async () => {
    let now = 1_000;
    const store = createMemoryLockStore(() => now);
    const lock = await acquireLock("clock", 500, store);
    now += 499;
    expect(await acquireLock("clock", 500, store)).toBeNull();
    now += 1;
    expect(await acquireLock("clock", 500, store)).not.toBeNull();
    expect(await releaseLock("clock", lock?.token ?? "", store)).toBe(false);
  });

  it("refuses a lock without a positive whole-millisecond expiry", async () => {
    await expect(acquireLock("bad", 0, createMemoryLockStore())).rejects.toThrow(RangeError);
    await expect(acquireLock("bad", 1.5, createMemoryLockStore())).rejects.toThrow(RangeError);
  });
});
