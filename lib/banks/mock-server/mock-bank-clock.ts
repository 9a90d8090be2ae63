/**
 * The simulated bank clock. A customer's dataset spans 24 months starting 12 months before the
 * customer first signed in at the bank, and the bank serves it at the real current time, so a linked
 * account has a year of history and keeps gaining transactions (and postings, corrections, removals)
 * as real time passes. Outside the dataset the clock sticks to its ends.
 */
export const HISTORY_MONTHS_BEFORE = 12;
export const DATASET_MONTHS = 24;

export function datasetStartDate(firstSeen: Date): string {
  const start = new Date(Date.UTC(firstSeen.getUTCFullYear(), firstSeen.getUTCMonth() - HISTORY_MONTHS_BEFORE, 1));
  return start.toISOString().slice(0, 10);
}

export function bankInstant(dataset: { startsAt: string; endsAt: string }, now: Date): string {
  const instant = now.toISOString();
  if (instant < dataset.startsAt) return dataset.startsAt;
  if (instant > dataset.endsAt) return dataset.endsAt;
  return instant;
}
