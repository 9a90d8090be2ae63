import { describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/banks/provider";
import { retryDelayMs, withProviderRetry } from "./with-provider-retry";

describe("withProviderRetry", () => {
  it("honors Retry-After on 429 and backs off exponentially on 5xx, then succeeds", async () => {
    const waits: number[] = [];
    const failures = [
      new ProviderError({ kind: "rate_limited", retryAfterMs: 2000 }),
      new ProviderError({ kind: "unavailable", status: 503 }),
      new ProviderError({ kind: "unavailable", status: 502 }),
    ];
    const value = await withProviderRetry(
      async () => {
        const next = failures.shift();
        if (next) throw next;
        return "page";
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 1, baseBackoffMs: 100 },
    );
    expect(value).toBe("page");
    expect(waits).toEqual([2000, 200, 400]);
  });

  it("does not retry reauth or bad responses, and gives up after the last attempt", async () => {
    let calls = 0;
    const reauth = withProviderRetry(async () => {
      calls += 1;
      throw new ProviderError({ kind: "reauth_required", message: "consent revoked" });
    });
    await expect(reauth).rejects.toThrow("consent revoked");
    expect(calls).toBe(1);
    calls = 0;
    const down = withProviderRetry(
      async () => {
        calls += 1;
        throw new ProviderError({ kind: "unavailable", status: 500 });
      },
      { sleep: async () => undefined, maxAttempts: 3 },
    );
    await expect(down).rejects.toThrow("status 500");
    expect(calls).toBe(3);
  });

  it("refuses to wait out a Retry-After longer than a minute", () => {
    expect(retryDelayMs(new ProviderError({ kind: "rate_limited", retryAfterMs: 3_600_000 }), 1)).toBeNull();
    expect(retryDelayMs(new Error("boom"), 1)).toBeNull();
  });
});
