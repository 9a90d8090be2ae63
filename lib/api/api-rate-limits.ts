import { AppError } from "@/lib/errors";
import { consumeRateLimit, type RateLimitPolicy, type RateLimitResult } from "@/lib/rate-limit";

// A token is one script; a user may run several scripts and the browser at once, hence the larger budget.
export const API_LIMIT_PER_TOKEN: RateLimitPolicy = { name: "api-token", limit: 120, windowSeconds: 60 };
export const API_LIMIT_PER_USER: RateLimitPolicy = { name: "api-user", limit: 300, windowSeconds: 60 };

export interface RateLimitHeaders {
  "RateLimit-Limit": string;
  "RateLimit-Remaining": string;
  /** Seconds until the window resets (IETF draft semantics), not an epoch. */
  "RateLimit-Reset": string;
}

export class RateLimitedError extends AppError {
  constructor(readonly headers: RateLimitHeaders, retryAfterSeconds: number) {
    super("rate_limited", `Rate limit reached: at most ${headers["RateLimit-Limit"]} requests a minute. Retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
}

/** Consumes the user's budget and, for token requests, the token's; reports the tighter of the two. */
export async function consumeApiRateLimits(principal: { userId: string; tokenId: string | null }, now = Date.now()): Promise<RateLimitHeaders> {
  const results: RateLimitResult[] = [await consumeRateLimit(API_LIMIT_PER_USER, principal.userId, now)];
  if (principal.tokenId) results.push(await consumeRateLimit(API_LIMIT_PER_TOKEN, principal.tokenId, now));
  const failed = results.find((result) => !result.success);
  const tightest = failed ?? results.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  const resetSeconds = Math.max(1, Math.ceil((tightest.resetAt - now) / 1000));
  const headers: RateLimitHeaders = { "RateLimit-Limit": String(tightest.limit), "RateLimit-Remaining": String(tightest.remaining), "RateLimit-Reset": String(resetSeconds) };
  if (failed) throw new RateLimitedError(headers, resetSeconds);
  return headers;
}
