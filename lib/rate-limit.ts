/**
 * Fixed-budget rate limiting: Upstash's sliding window when Redis is configured, an in-process
 * window otherwise (the embedded mode is a single process, so memory is the shared state).
 */
import { Ratelimit } from "@upstash/ratelimit";
import { redisClient } from "@/lib/redis/redis-client";

export interface RateLimitPolicy {
  /** Names the limiter, e.g. "login-ip"; keys are namespaced by it. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch milliseconds when the window frees up. */
  resetAt: number;
}

const memoryWindows = new Map<string, { count: number; resetAt: number }>();
const upstashLimiters = new Map<string, Ratelimit>();

function limitInMemory(policy: RateLimitPolicy, key: string, now: number): RateLimitResult {
  const id = `${policy.name}:${key}`;
  let window = memoryWindows.get(id);
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + policy.windowSeconds * 1000 };
    memoryWindows.set(id, window);
  }
  window.count += 1;
  return { success: window.count <= policy.limit, limit: policy.limit, remaining: Math.max(0, policy.limit - window.count), resetAt: window.resetAt };
}

export async function consumeRateLimit(policy: RateLimitPolicy, key: string, now = Date.now()): Promise<RateLimitResult> {
  const redis = redisClient();
  if (!redis) return limitInMemory(policy, key, now);
  let limiter = upstashLimiters.get(policy.name);
  if (!limiter) {
    limiter = new Ratelimit({ redis, prefix: `fathom:rl:${policy.name}`, limiter: Ratelimit.slidingWindow(policy.limit, `${policy.windowSeconds} s`) });
    upstashLimiters.set(policy.name, limiter);
  }
  const result = await limiter.limit(key);
  return { success: result.success, limit: result.limit, remaining: result.remaining, resetAt: result.reset };
}

/** Forgets in-process windows; tests use it between cases. */
export function resetInMemoryRateLimits(): void {
  memoryWindows.clear();
}
