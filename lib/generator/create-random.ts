/**
 * A small seeded PRNG so generated histories are identical for a seed on every machine.
 * mulberry32: 32-bit state, good enough statistical quality for synthetic data, trivially portable.
 */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Uppercase hex string of `length` characters, for opaque ids and reference numbers. */
  hex(length: number): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("Cannot pick from an empty list");
      return item;
    },
    hex(length) {
      let out = "";
      while (out.length < length) out += Math.floor(next() * 16).toString(16);
      return out.toUpperCase();
    },
  };
}

/** FNV-1a, used to derive independent streams ("base", "anomalies", ...) from one seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A stream for one concern; keeping concerns apart means turning injections off leaves the base history's draws unchanged. */
export function createStream(seed: number, name: string): Random {
  return createRandom((seed ^ hashString(name)) >>> 0);
}
