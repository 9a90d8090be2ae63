/**
 * Thresholds to notify about now: crossed after this change, not crossed before it, and not
 * already notified this period. `alreadyFired` is persisted per budget per period so a threshold
 * fires once even if spending dips below it (a refund) and crosses again.
 */
export function newlyCrossedThresholds(
  before: readonly number[],
  after: readonly number[],
  alreadyFired: readonly number[],
): number[] {
  const skip = new Set([...before, ...alreadyFired]);
  return [...new Set(after)].filter((t) => !skip.has(t)).sort((a, b) => a - b);
}
