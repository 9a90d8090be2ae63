import { ProviderError } from "@/lib/banks/provider";

/** Attempts per provider call before the sync gives up on a flaky bank. */
export const MAX_PROVIDER_ATTEMPTS = 5;
export const BASE_BACKOFF_MS = 500;
/** A Retry-After longer than this fails the run; the next scheduled sync tries again. */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface RetryOptions {
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  baseBackoffMs?: number;
  /** Seeded in tests; jitter keeps many connections from retrying in lockstep. */
  random?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The wait before attempt `attempt + 1`, or null when the failure is not worth retrying. */
export function retryDelayMs(error: unknown, attempt: number, options: { baseBackoffMs?: number; random?: () => number } = {}): number | null {
  if (!(error instanceof ProviderError)) return null;
  const failure = error.failure;
  if (failure.kind === "rate_limited") return failure.retryAfterMs <= MAX_RETRY_AFTER_MS ? failure.retryAfterMs : null;
  if (failure.kind !== "unavailable") return null;
  const base = (options.baseBackoffMs ?? BASE_BACKOFF_MS) * 2 ** (attempt - 1);
  return Math.round(base * (0.5 + (options.random ?? Math.random)() / 2));
}

/** Retries 5xx with exponential backoff and 429 after the bank's Retry-After; anything else is thrown at once. */
export async function withProviderRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? MAX_PROVIDER_ATTEMPTS;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const delay = retryDelayMs(error, attempt, options);
      if (delay === null || attempt >= maxAttempts) throw error;
      await sleep(delay);
    }
  }
}
