import { describe, expect, it } from "vitest";
import { parseRate } from "./parse-rate";

describe("parseRate", () => {
  it("keeps decimals exact and rejects nonsense", () => {
    expect(parseRate("1.0842")).toEqual({ numerator: 10842n, denominator: 10000n });
    expect(() => parseRate("-1.2")).toThrow(RangeError);
    expect(() => parseRate("0.000")).toThrow(RangeError);
    expect(() => parseRate("1e3")).toThrow(RangeError);
  });
});
