/**
 * A per-key lock with an expiry and an owner token, e.g. so one bank connection is never synced by two
 * workers at once. Redis holds it when configured (SET NX PX, released by compare-and-delete in Lua);
 * the embedded single-process mode keeps it in memory. The expiry is what frees a lock whose holder
 * crashed, so it must exceed the longest the guarded work can take.
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "@upstash/redis";
import { redisClient } from "@/lib/redis/redis-client";

export interface LockStore {
  /** True when the key was free (or expired) and is now held by `token` for `ttlMs`. */
  acquire(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** True only when `token` still held the key; someone else's or an expired lock is left alone. */
  release(key: string, token: string): Promise<boolean>;
}

export interface LockHandle {
  token: string;
}

export type WithLockResult<T> = { status: "done"; value: T } | { status: "busy" };

const KEY_PREFIX = "fathom:lock:";
/** Polling interval while waiting; short enough for waitMs of a few hundred ms to be meaningful. */
const RETRY_INTERVAL_MS = 25;

// GET and DEL in one script so a lock that expires and is re-acquired in between is never deleted.
const RELEASE_SCRIPT = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export function createUpstashLockStore(redis: Redis): LockStore {
  return {
    async acquire(key, token, ttlMs) {
      const reply = await redis.set(KEY_PREFIX + key, token, { nx: true, px: ttlMs });
      return reply === "OK";
    },
    async release(key, token) {
      const deleted = await redis.eval<[string], number>(RELEASE_SCRIPT, [KEY_PREFIX + key], [token]);
      return deleted === 1;
    },
  };
}

/** `now` is injectable so expiry can be tested without sleeping. */
export function createMemoryLockStore(now: () => number = Date.now): LockStore {
  const held = new Map<string, { token: string; expiresAt: number }>();
  return {
    async acquire(key, token, ttlMs) {
      const current = held.get(key);
      if (current && current.expiresAt > now()) return false;
      held.set(key, { token, expiresAt: now() + ttlMs });
      return true;
    },
    async release(key, token) {
      const current = held.get(key);
      if (!current || current.token !== token || current.expiresAt <= now()) return false;
      held.delete(key);
      return true;
    },
  };
}

// Held on globalThis for the same reason as the event bus: a "Sync now" action and the in-process
// scheduler live in different Next bundles but must see the same locks.
const holder = globalThis as typeof globalThis & { fathomMemoryLockStore?: LockStore };

function defaultStore(): LockStore {
  const redis = redisClient();
  if (redis) return createUpstashLockStore(redis);
  holder.fathomMemoryLockStore ??= createMemoryLockStore();
  return holder.fathomMemoryLockStore;
}

function assertTtl(ttlMs: number): void {
  // Redis rejects PX 0 and a fractional PX; a lock without a positive expiry could be held forever.
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new RangeError(`Lock ttlMs must be a positive integer, got ${ttlMs}`);
}

export async function acquireLock(key: string, ttlMs: number, store: LockStore = defaultStore()): Promise<LockHandle | null> {
  assertTtl(ttlMs);
  const token = randomUUID();
  return (await store.acquire(key, token, ttlMs)) ? { token } : null;
}

export async function releaseLock(key: string, token: string, store: LockStore = defaultStore()): Promise<boolean> {
  return store.release(key, token);
}

/**
 * Runs `work` while holding the lock. Without `waitMs` (or with 0) a held lock answers "busy" at once;
 * otherwise it retries until `waitMs` has passed. The lock is released even when `work` throws.
 */
export async function withLock<T>(
  key: string,
  ttlMs: number,
  work: () => Promise<T>,
  options: { waitMs?: number; store?: LockStore } = {},
): Promise<WithLockResult<T>> {
  const store = options.store ?? defaultStore();
  const deadline = Date.now() + (options.waitMs ?? 0);
  let lock = await acquireLock(key, ttlMs, store);
  while (!lock && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_INTERVAL_MS, Math.max(1, deadline - Date.now()))));
    lock = await acquireLock(key, ttlMs, store);
  }
  if (!lock) return { status: "busy" };
  try {
    return { status: "done", value: await work() };
  } finally {
    await store.release(key, lock.token);
  }
}
