import { describe, expect, it } from "vitest";
import { parseRetryAfterMs } from "@/lib/banks/providers/provider-http";
import { bankInstant, datasetStartDate } from "./mock-bank-clock";
import { parseFaultsEnv } from "./mock-bank-faults";

describe("the simulated bank clock", () => {
  it("starts a customer's dataset 12 months before first sign-in and serves real time within it", () => {
    expect(datasetStartDate(new Date("2026-11-21T22:00:00Z"))).toBe("2025-11-01");
    expect(datasetStartDate(new Date("2026-01-05T00:00:00Z"))).toBe("2025-01-01");
    const dataset = { startsAt: "2025-11-01T00:00:00.000Z", endsAt: "2027-11-01T00:00:00.000Z" };
    expect(bankInstant(dataset, new Date("2026-11-21T22:00:00Z"))).toBe("2026-11-21T22:00:00.000Z");
    expect(bankInstant(dataset, new Date("2030-01-01T00:00:00Z"))).toBe(dataset.endsAt);
    expect(bankInstant(dataset, new Date("2020-01-01T00:00:00Z"))).toBe(dataset.startsAt);
  });
});

describe("MOCK_BANK_FAULTS", () => {
  it("parses per-bank settings with defaults and names a bad field", () => {
    expect(parseFaultsEnv("")).toEqual({});
    expect(parseFaultsEnv('{"bank-b":{"rateLimitRate":0.2}}')["bank-b"]).toMatchObject({ rateLimitRate: 0.2, errorRate: 0, retryAfterSeconds: 2 });
    expect(() => parseFaultsEnv('{"bank-a":{"errorRate":3}}')).toThrow(/^MOCK_BANK_FAULTS bank-a\.errorRate: /);
    expect(() => parseFaultsEnv("{nope")).toThrow(/must be JSON/);
  });
});

describe("Retry-After", () => {
  it("reads delta-seconds and HTTP dates, defaulting to one second", () => {
    expect(parseRetryAfterMs("7")).toBe(7000);
    expect(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(10_000);
    expect(parseRetryAfterMs(null)).toBe(1000);
  });
});
