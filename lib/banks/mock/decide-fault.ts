import { z } from "zod";

export const MALFORMED_KINDS = ["missing_field", "impossible_date", "non_numeric_amount", "oversized_description"] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

export const FaultConfigSchema = z.object({
  /** Added to every response, to exercise client timeouts. */
  latencyMs: z.number().int().min(0).max(120_000).default(0),
  /** Share of requests answered with a 5xx. */
  errorRate: z.number().min(0).max(1).default(0),
  /** Share of requests answered with 429 and a Retry-After. */
  rateLimitRate: z.number().min(0).max(1).default(0),
  retryAfterSeconds: z.number().int().min(0).max(3600).default(2),
  /** Share of records in a successful page that are corrupted. */
  malformedRate: z.number().min(0).max(1).default(0),
  malformedKinds: z.array(z.enum(MALFORMED_KINDS)).min(1).default([...MALFORMED_KINDS]),
  /** Serve later pages of one paging session from a later instant, as if the bank changed data mid-sync. */
  mutateDuringPaging: z.boolean().default(false),
});
export type FaultConfig = z.output<typeof FaultConfigSchema>;
export type FaultConfigInput = z.input<typeof FaultConfigSchema>;

export type FaultDecision =
  | { kind: "ok"; latencyMs: number }
  | { kind: "server_error"; latencyMs: number; status: 500 | 502 | 503 }
  | { kind: "rate_limited"; latencyMs: number; status: 429; retryAfterSeconds: number };

/** `random` is a seeded source in [0, 1) supplied by the caller, so a test can replay the exact fault sequence. */
export function decideFault(config: FaultConfig, random: () => number): FaultDecision {
  const roll = random();
  const latencyMs = config.latencyMs;
  // Rate limiting is checked first: a real gateway rejects before the backend can fail.
  if (roll < config.rateLimitRate) return { kind: "rate_limited", latencyMs, status: 429, retryAfterSeconds: config.retryAfterSeconds };
  if (roll < config.rateLimitRate + config.errorRate) {
    const statuses = [500, 502, 503] as const;
    return { kind: "server_error", latencyMs, status: statuses[Math.floor(random() * statuses.length)] ?? 500 };
  }
  return { kind: "ok", latencyMs };
}

/** Which records of a page of `count` to corrupt, and how; pass the result to a bank's page renderer. */
export function decideRecordCorruptions(config: FaultConfig, random: () => number, count: number): Map<number, MalformedKind> {
  const corruptions = new Map<number, MalformedKind>();
  for (let index = 0; index < count; index += 1) {
    if (random() < config.malformedRate) {
      const kind = config.malformedKinds[Math.floor(random() * config.malformedKinds.length)];
      if (kind) corruptions.set(index, kind);
    }
  }
  return corruptions;
}
