import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/generator/create-random";
import { corruptRecord } from "./corrupt-record";
import { decideFault, decideRecordCorruptions, FaultConfigSchema } from "./decide-fault";

function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++] ?? 0.99;
}

describe("FaultConfigSchema", () => {
  it("defaults to no faults and rejects rates above 1", () => {
    expect(FaultConfigSchema.parse({})).toEqual({
      latencyMs: 0,
      errorRate: 0,
      rateLimitRate: 0,
      retryAfterSeconds: 2,
      malformedRate: 0,
      malformedKinds: ["missing_field", "impossible_date", "non_numeric_amount", "oversized_description"],
      mutateDuringPaging: false,
    });
    expect(FaultConfigSchema.safeParse({ errorRate: 1.5 }).success).toBe(false);
  });
});

describe("decideFault", () => {
  const config = FaultConfigSchema.parse({ latencyMs: 250, rateLimitRate: 0.1, errorRate: 0.2, retryAfterSeconds: 7 });

  it("maps the roll onto rate limit, server error, then success", () => {
    expect(decideFault(config, sequence(0.05))).toEqual({ kind: "rate_limited", latencyMs: 250, status: 429, retryAfterSeconds: 7 });
    expect(decideFault(config, sequence(0.2, 0.5))).toEqual({ kind: "server_error", latencyMs: 250, status: 502 });
    expect(decideFault(config, sequence(0.31))).toEqual({ kind: "ok", latencyMs: 250 });
  });

  it("hits roughly the configured rates with a seeded source", () => {
    const random = createRandom(3);
    const kinds = Array.from({ length: 4000 }, () => decideFault(config, () => random.next()).kind);
    const share = (kind: string) => kinds.filter((k) => k === kind).length / kinds.length;
    expect(share("rate_limited")).toBeGreaterThan(0.08);
    expect(share("rate_limited")).toBeLessThan(0.12);
    expect(share("server_error")).toBeGreaterThan(0.17);
    expect(share("server_error")).toBeLessThan(0.23);
  });
});

describe("decideRecordCorruptions", () => {
  it("picks records and kinds deterministically", () => {
    const config = FaultConfigSchema.parse({ malformedRate: 0.5, malformedKinds: ["impossible_date"] });
    expect([...decideRecordCorruptions(config, sequence(0.1, 0, 0.9, 0.4, 0), 3)]).toEqual([
      [0, "impossible_date"],
      [2, "impossible_date"],
    ]);
    expect(decideRecordCorruptions(FaultConfigSchema.parse({}), sequence(0), 10).size).toBe(0);
  });
});

describe("corruptRecord", () => {
  const record = { id: "1", amount: { value: 100, currency: "USD" }, at: "2024-01-01T10:00:00Z", memo: "AB" };
  const paths = { amount: ["amount", "value"], date: ["at"], description: ["memo"] };

  it("corrupts a copy at the nested path and leaves the original alone", () => {
    expect(corruptRecord(record, "missing_field", paths).amount).toEqual({ currency: "USD" });
    expect(corruptRecord(record, "non_numeric_amount", paths).amount.value).toBe("12.3O");
    expect(corruptRecord(record, "impossible_date", paths).at).toBe("2024-02-30T25:61:00+00:00");
    expect(corruptRecord(record, "oversized_description", paths).memo).toHaveLength(10_240);
    expect(record.amount.value).toBe(100);
  });

  it("keeps the date format family", () => {
    expect(corruptRecord({ d: "01.03.2024" }, "impossible_date", { amount: ["x"], date: ["d"], description: ["y"] }).d).toBe("30.02.2024");
    expect(corruptRecord({ d: "2024-03-01" }, "impossible_date", { amount: ["x"], date: ["d"], description: ["y"] }).d).toBe("2024-02-30");
  });
});
