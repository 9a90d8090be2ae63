/**
 * Description comparison for dedup. Bank descriptors of one transaction differ between sources in case,
 * punctuation, reference numbers and appended cities, so they are reduced to word tokens first.
 */

/** Upper-case word tokens without digits-only runs (reference numbers, store ids differ between sources). */
export function descriptionTokens(description: string): string[] {
  return description
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .split(" ")
    .filter((token) => token.length > 0 && !/^\d+$/.test(token));
}

/** The canonical form used in content hashes: case, spacing and punctuation do not make a new transaction. */
export function normalizeDescription(description: string): string {
  return description.toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim();
}

/**
 * Share of the shorter description's tokens found in the longer one (0..1). Containment rather than
 * Jaccard because a bank enriching "SHELL OIL" to "SHELL OIL BROOKLYN" is the same transaction.
 */
export function descriptionSimilarity(a: string, b: string): number {
  const left = new Set(descriptionTokens(a));
  const right = new Set(descriptionTokens(b));
  if (left.size === 0 || right.size === 0) return normalizeDescription(a) === normalizeDescription(b) ? 1 : 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared += 1;
  return shared / small.size;
}
