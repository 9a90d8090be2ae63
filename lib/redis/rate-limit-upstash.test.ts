import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/rate-limit";
import { startUpstashTestRedis } from "@/tests/helpers/upstash-bridge";

const holder = globalThis as typeof globalThis & { fathomRedis?: Redis | null };

let bridge: Awaited<ReturnType<typeof startUpstashTestRedis>>;
let redis: Redis;

beforeAll(async () => {
  bridge = await startUpstashTestRedis();
  redis = new Redis({ url: bridge.url, token: bridge.token, automaticDeserialization: false, retry: false });
  holder.fathomRedis = redis;
});

afterAll(async () => {
  delete holder.fathomRedis;
  await bridge?.close();
});

describe("consumeRateLimit through @upstash/ratelimit and the bridge", () => {
  it("allows the limit, then refuses, per key, with the window's state in Redis", async () => {
    // The limiter loads its Lua scripts by EVALSHA and falls back to EVAL on NOSCRIPT; start cold.
    await redis.scriptFlush();
    const policy = { name: "bridge-login", limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await consumeRateLimit(policy, "ip-1"));
    expect(results.map((result) => result.success)).toEqual([true, true, true, false]);
    expect(results.map((result) => result.remaining)).toEqual([2, 1, 0, 0]);
    expect(results.every((result) => result.limit === 3)).toBe(true);
    const now = Date.now();
    expect(results[0]?.resetAt).toBeGreaterThan(now);
    expect(results[0]?.resetAt).toBeLessThanOrEqual(now + 60_000);

    const other = await consumeRateLimit(policy, "ip-2");
    expect(other).toMatchObject({ success: true, remaining: 2 });

    const keys = await redis.keys("fathom:rl:bridge-login:*");
    expect(keys.some((key) => key.includes("ip-1"))).toBe(true);
    expect(keys.some((key) => key.includes("ip-2"))).toBe(true);
  });

  it("shares the window across limiter instances, as separate server processes would", async () => {
    const policy = { name: "bridge-shared", limit: 2, windowSeconds: 60 };
    expect((await consumeRateLimit(policy, "user-1")).success).toBe(true);
    // A second process sees the same Redis: count its hits straight from the window keys.
    const keys = await redis.keys("fathom:rl:bridge-shared:user-1:*");
    expect(keys).toHaveLength(1);
    expect(await redis.get(keys[0] ?? "")).toBe("1");
    expect((await consumeRateLimit(policy, "user-1")).success).toBe(true);
    expect((await consumeRateLimit(policy, "user-1")).success).toBe(false);
  });
});
