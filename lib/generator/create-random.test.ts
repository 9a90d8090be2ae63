import { describe, expect, it } from "vitest";
import { createRandom, createStream, hashString } from "./create-random";

describe("createRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect(first[0]).toBeCloseTo(0.6011037519201636, 12);
  });

  it("keeps int within inclusive bounds and reaches both ends", () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(random.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });

  it("derives different streams per name", () => {
    expect(createStream(42, "base").next()).not.toBe(createStream(42, "anomalies").next());
    expect(hashString("abc")).toBe(0x1a47e90b);
  });
});
