import { deriveMerchantMappings, type MerchantMapping } from "./derive-merchant-mappings";

/** A correction seen through the built-in knowledge it overruled. */
export interface EvidenceCorrection {
  /** BuiltinResult.evidence of the corrected transaction ("keyword:ATM"); corrections without one are ignored. */
  evidence?: string;
  /** What built-in knowledge said; agreeing with it teaches nothing about overruling it. */
  builtinCategoryKey?: string;
  categoryKey: string;
  correctedAt?: number | string;
}

/**
 * A piece of built-in evidence is broader than one merchant ("ATM" covers every cash machine), so
 * it takes this many corrections, mostly agreeing, before the user's choice replaces it.
 */
export const EVIDENCE_MIN_SUPPORT = 2;

/**
 * Learns "when Fathom would say X because of this word or merchant, this user means Y": every
 * transaction with the same built-in evidence then follows the user, whatever its merchant.
 * Reuses the merchant learner with the evidence as the key.
 */
export function deriveEvidenceMappings(corrections: ReadonlyArray<EvidenceCorrection>): MerchantMapping[] {
  const overruled = corrections.filter(
    (correction): correction is EvidenceCorrection & { evidence: string } =>
      correction.evidence !== undefined && correction.builtinCategoryKey !== correction.categoryKey,
  );
  return deriveMerchantMappings(
    overruled.map((correction) => ({ merchant: correction.evidence, categoryKey: correction.categoryKey, correctedAt: correction.correctedAt })),
    { minSupport: EVIDENCE_MIN_SUPPORT },
  );
}
