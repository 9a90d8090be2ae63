import { MAD_TO_SIGMA, MIN_SPREAD_SHARE_OF_MEDIAN } from "./thresholds";
import { medianOf } from "./anomaly";

export interface RobustStats {
  median: number;
  /** Median absolute deviation, minor units. */
  mad: number;
  /** The spread a score is measured in: MAD scaled to sigma, floored at a share of the median. */
  spread: number;
  count: number;
}

/**
 * Median/MAD summary of magnitudes. When the MAD is 0 (all or most amounts identical) the spread
 * falls back to MIN_SPREAD_SHARE_OF_MEDIAN of the median, and never below 1 minor unit, so scores
 * stay finite.
 */
export function computeRobustStats(values: readonly number[]): RobustStats {
  const median = medianOf(values);
  const mad = medianOf(values.map((v) => Math.abs(v - median)));
  const spread = Math.max(MAD_TO_SIGMA * mad, MIN_SPREAD_SHARE_OF_MEDIAN * median, 1);
  return { median, mad, spread, count: values.length };
}

/** How many spreads `value` sits above the median (negative when below). */
export function computeRobustScore(value: number, stats: RobustStats): number {
  return (value - stats.median) / stats.spread;
}
