import { toMerchantKey, type MerchantMapping } from "./derive-merchant-mappings";
import { isKnownMerchantLabel } from "./match-lexicon";

export interface MerchantMappingMatch {
  mapping: MerchantMapping;
  /** False when the merchant only resembles the corrected one ("Dr Kapoor Clinic" after "Dr Kapoor"). */
  exact: boolean;
}

/** The shortest shared lead that still names a business rather than a word ("Dr", "The"). */
const MIN_SHARED_LEAD_LENGTH = 4;

function wordsOf(merchant: string): string[] {
  return merchant.toUpperCase().split(/[^A-Z0-9]+/).filter((word) => word.length > 0);
}

/**
 * One merchant's words start the other's: the same business printed with and without a suffix
 * ("Blue Harbor" / "Blue Harbor Cafe", "Atm Wdl Sbi" / "Atm Wdl Sbi Indiranagar"). Two different
 * merchants we know by name ("Uber" / "Uber Eats") are never similar, however they are spelled.
 */
function isSimilarMerchant(a: string, b: string): boolean {
  const [shorter, longer] = wordsOf(a).length <= wordsOf(b).length ? [wordsOf(a), wordsOf(b)] : [wordsOf(b), wordsOf(a)];
  if (shorter.length === 0 || shorter.join("").length < MIN_SHARED_LEAD_LENGTH) return false;
  if (!shorter.every((word, index) => longer[index] === word)) return false;
  return !(isKnownMerchantLabel(a) && isKnownMerchantLabel(b));
}

/**
 * The user's learned mapping for a merchant: the exact merchant first, else the most supported
 * mapping of a similar one. "Unknown" (a descriptor with no name in it) is never learned.
 */
export function findMerchantMapping(mappings: ReadonlyArray<MerchantMapping> | undefined, merchant: string): MerchantMappingMatch | undefined {
  const key = toMerchantKey(merchant);
  if (!mappings || key === "" || key === UNKNOWN_KEY) return undefined;
  const exact = mappings.find((candidate) => candidate.merchantKey === key);
  if (exact) return { mapping: exact, exact: true };
  const similar = mappings
    .filter((candidate) => candidate.merchantKey !== UNKNOWN_KEY && isSimilarMerchant(candidate.merchant, merchant))
    .sort((a, b) => b.support - a.support || b.agreement - a.agreement)[0];
  return similar ? { mapping: similar, exact: false } : undefined;
}

const UNKNOWN_KEY = "UNKNOWN";
