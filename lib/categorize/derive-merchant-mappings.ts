/** A user's correction, as the learner needs it. */
export interface CategoryCorrection {
  /** The normalized merchant of the corrected transaction. */
  merchant: string;
  categoryKey: string;
  /** Any sortable timestamp (epoch ms or ISO string); later corrections break ties. */
  correctedAt?: number | string;
}

export interface MerchantMapping {
  merchantKey: string;
  merchant: string;
  categoryKey: string;
  /** How many corrections agreed with this mapping. */
  support: number;
  /** support / all corrections for this merchant. */
  agreement: number;
}

export interface MappingOptions {
  /** Corrections needed before a merchant is mapped. One is enough: a user who fixes "Joe's Diner" once means it. */
  minSupport?: number;
  /** Share of a merchant's corrections that must agree; below it the user is not consistent, so no mapping. */
  minAgreement?: number;
}

const DEFAULT_MIN_SUPPORT = 1;
const DEFAULT_MIN_AGREEMENT = 0.6;

/** Case, spacing and punctuation insensitive key so "Joe's Diner" and "JOES DINER" share a mapping. */
export function toMerchantKey(merchant: string): string {
  return merchant.toUpperCase().replace(/[^A-Z0-9]+/g, "");
}

function compareTime(a: number | string | undefined, b: number | string | undefined): number {
  if (a === undefined || b === undefined || a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Derives merchant -> category mappings from a user's corrections. A merchant is mapped when its
 * corrections agree often enough; ties between categories go to the most recent correction.
 */
export function deriveMerchantMappings(
  corrections: ReadonlyArray<CategoryCorrection>,
  options: MappingOptions = {},
): MerchantMapping[] {
  const minSupport = options.minSupport ?? DEFAULT_MIN_SUPPORT;
  const minAgreement = options.minAgreement ?? DEFAULT_MIN_AGREEMENT;
  const byMerchant = new Map<string, { merchant: string; total: number; votes: Map<string, { count: number; latest?: number | string }> }>();

  for (const correction of corrections) {
    const key = toMerchantKey(correction.merchant);
    if (key === "") continue;
    const group = byMerchant.get(key) ?? { merchant: correction.merchant, total: 0, votes: new Map() };
    group.total += 1;
    const vote = group.votes.get(correction.categoryKey) ?? { count: 0 };
    vote.count += 1;
    if (compareTime(vote.latest, correction.correctedAt) <= 0) vote.latest = correction.correctedAt ?? vote.latest;
    group.votes.set(correction.categoryKey, vote);
    byMerchant.set(key, group);
  }

  const mappings: MerchantMapping[] = [];
  for (const [merchantKey, group] of [...byMerchant.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ranked = [...group.votes.entries()].sort(
      ([, a], [, b]) => b.count - a.count || compareTime(b.latest, a.latest),
    );
    const top = ranked[0];
    if (!top) continue;
    const [categoryKey, vote] = top;
    const agreement = vote.count / group.total;
    if (vote.count < minSupport || agreement < minAgreement) continue;
    mappings.push({ merchantKey, merchant: group.merchant, categoryKey, support: vote.count, agreement });
  }
  return mappings;
}
