/**
 * Opt-in step timings for the sync engine (bench:sync --profile). Off by default: a disabled profile
 * costs one boolean check per step, so the engine can keep its probes in place.
 */
const totals = new Map<string, { ms: number; calls: number }>();
let enabled = false;

export function enableSyncProfile(on: boolean): void {
  enabled = on;
  totals.clear();
}

export async function profileStep<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    record(name, performance.now() - started);
  }
}

export function profileSync<T>(name: string, work: () => T): T {
  if (!enabled) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    record(name, performance.now() - started);
  }
}

function record(name: string, ms: number): void {
  const entry = totals.get(name) ?? { ms: 0, calls: 0 };
  entry.ms += ms;
  entry.calls += 1;
  totals.set(name, entry);
}

/** Totals since the last call, rounded to the millisecond, and resets them. */
export function takeSyncProfile(): Record<string, { ms: number; calls: number }> {
  const out = Object.fromEntries([...totals].map(([name, entry]) => [name, { ms: Math.round(entry.ms), calls: entry.calls }]));
  totals.clear();
  return out;
}
