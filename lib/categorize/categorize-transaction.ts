import { applyRules } from "./apply-rules";
import { categorizeWithBuiltin, type OwnAccountHint } from "./categorize-with-builtin";
import { findDefaultCategory } from "./default-categories";
import { toMerchantKey, type MerchantMapping } from "./derive-merchant-mappings";
import { findMerchantMapping } from "./find-merchant-mapping";
import { normalizeMerchant } from "./normalize-merchant";
import { predictCategory } from "./predict-category";
import type { Rule } from "./rule-schema";
import type { CategoryModel } from "./train-model";
import type { CategorizableTransaction, CategorySource } from "./types";

/** The model overrides built-in knowledge only when at least this sure (and surer than the built-in answer). */
export const DEFAULT_MODEL_THRESHOLD = 0.8;
/** With no built-in answer at all, a weaker model guess still beats "Other". */
export const MODEL_FALLBACK_THRESHOLD = 0.5;
export const LEARNED_MAPPING_CONFIDENCE = 0.95;
/** A merchant that only resembles a corrected one, or shares the built-in evidence the user overruled. */
export const SIMILAR_MERCHANT_CONFIDENCE = 0.85;
export const LEARNED_EVIDENCE_CONFIDENCE = 0.85;
export const DEFAULT_CONFIDENCE = 0.1;
/**
 * A known merchant or a decisive keyword is general knowledge the model cannot outvote; a user who
 * disagrees about a merchant is served by the merchant mapping their correction creates.
 */
export const MODEL_CANNOT_OVERRIDE_FROM = 0.9;
/**
 * Words of this transaction the model must have seen before it may overrule built-in knowledge
 * (the merchant itself counts twice). One shared word is often a place ("CAMDEN" in both an ATM
 * the user corrected and the council tax): enough for a guess where Fathom knows nothing, not to
 * contradict what it knows.
 */
export const MODEL_OVERRIDE_MIN_KNOWN_FEATURES = 2;

export interface CategorizeContext {
  /** The user's own correction for this transaction; it always wins. */
  correction?: { categoryKey: string } | null;
  rules?: ReadonlyArray<Rule>;
  merchantMappings?: ReadonlyArray<MerchantMapping>;
  /** Built-in evidence the user keeps overruling (deriveEvidenceMappings), keyed like merchants. */
  evidenceMappings?: ReadonlyArray<MerchantMapping>;
  model?: CategoryModel | null;
  modelThreshold?: number;
  ownAccounts?: ReadonlyArray<OwnAccountHint>;
}

export interface CategorizationResult {
  categoryKey: string;
  source: CategorySource;
  confidence: number;
  ruleId?: string;
  /** One plain sentence answering "why this category?". */
  explanation: string;
  merchant: string;
  isTransfer?: true;
  excluded?: true;
}

/** "keyword:ATM" -> the word "ATM"; "merchant:STAR HEALTH" -> the merchant "STAR HEALTH". */
function describeEvidence(evidence: string): string {
  const [kind = "", ...rest] = evidence.split(":");
  const label = rest.join(":");
  if (kind === "keyword") return `the word "${label}"`;
  if (kind === "merchant") return `the merchant "${label}"`;
  return `the bank's label "${label}"`;
}

function nameOf(categoryKey: string): string {
  return findDefaultCategory(categoryKey)?.name ?? categoryKey;
}

/**
 * Decides a transaction's category in a fixed order: the user's correction, then the user's
 * rules, then what was learned from their corrections (merchant mappings, then the model when
 * confident), then built-in knowledge, then Other. The order encodes trust: explicit user intent
 * beats inference, and inference from this user beats general knowledge.
 */
export function categorizeTransaction(tx: CategorizableTransaction, context: CategorizeContext = {}): CategorizationResult {
  const ruleOutcome = context.rules && context.rules.length > 0 ? applyRules(tx, context.rules) : undefined;
  const merchant = ruleOutcome?.changes.merchant ?? normalizeMerchant(tx.description);
  const flags = {
    ...(ruleOutcome?.changes.isTransfer ? { isTransfer: true as const } : {}),
    ...(ruleOutcome?.changes.excluded ? { excluded: true as const } : {}),
  };

  if (context.correction) {
    return {
      categoryKey: context.correction.categoryKey,
      source: "user",
      confidence: 1,
      explanation: `You set this transaction to ${nameOf(context.correction.categoryKey)}.`,
      merchant,
      ...flags,
    };
  }

  if (ruleOutcome) {
    const ruleCategory = ruleOutcome.changes.categoryKey ?? (ruleOutcome.changes.isTransfer ? "transfers" : undefined);
    const ruleId = ruleOutcome.decidedBy.categoryKey ?? ruleOutcome.decidedBy.isTransfer;
    if (ruleCategory !== undefined && ruleId !== undefined) {
      return {
        categoryKey: ruleCategory,
        source: "rule",
        confidence: 1,
        ruleId,
        explanation: ruleOutcome.changes.categoryKey
          ? `Your rule "${ruleId}" sets it to ${nameOf(ruleCategory)}.`
          : `Your rule "${ruleId}" marks it as a transfer.`,
        merchant,
        ...flags,
      };
    }
  }

  const learned = findMerchantMapping(context.merchantMappings, merchant);
  if (learned) {
    const { mapping, exact } = learned;
    return {
      categoryKey: mapping.categoryKey,
      source: "learned",
      confidence: (exact ? LEARNED_MAPPING_CONFIDENCE : SIMILAR_MERCHANT_CONFIDENCE) * mapping.agreement,
      explanation: exact
        ? `You have put ${mapping.merchant} in ${nameOf(mapping.categoryKey)} before.`
        : `You have put ${mapping.merchant} in ${nameOf(mapping.categoryKey)} before, and ${merchant} looks like the same merchant.`,
      merchant,
      ...flags,
    };
  }

  const builtin = categorizeWithBuiltin(tx, { ownAccounts: context.ownAccounts });
  const evidenceKey = builtin?.evidence ? toMerchantKey(builtin.evidence) : "";
  const overruled = evidenceKey === "" ? undefined : context.evidenceMappings?.find((candidate) => candidate.merchantKey === evidenceKey);
  if (builtin && overruled && overruled.categoryKey !== builtin.categoryKey) {
    return {
      categoryKey: overruled.categoryKey,
      source: "learned",
      confidence: LEARNED_EVIDENCE_CONFIDENCE * overruled.agreement,
      explanation: `You moved ${overruled.support} transactions with ${describeEvidence(builtin.evidence ?? "")} to ${nameOf(overruled.categoryKey)}, so this one follows.`,
      merchant,
      ...flags,
    };
  }
  const prediction = context.model ? predictCategory(context.model, { ...tx, merchant }) : undefined;
  if (prediction && prediction.knownFeatureCount > 0) {
    const threshold = context.modelThreshold ?? DEFAULT_MODEL_THRESHOLD;
    const beatsBuiltin = builtin === undefined
      ? prediction.confidence >= Math.min(threshold, MODEL_FALLBACK_THRESHOLD)
      : builtin.confidence < MODEL_CANNOT_OVERRIDE_FROM &&
        prediction.knownFeatureCount >= MODEL_OVERRIDE_MIN_KNOWN_FEATURES &&
        prediction.confidence >= threshold &&
        prediction.confidence > builtin.confidence;
    if (beatsBuiltin) {
      return {
        categoryKey: prediction.categoryKey,
        source: "learned",
        confidence: prediction.confidence,
        explanation: `It resembles transactions you put in ${nameOf(prediction.categoryKey)}.`,
        merchant,
        ...flags,
      };
    }
  }

  if (builtin) {
    return { categoryKey: builtin.categoryKey, confidence: builtin.confidence, explanation: builtin.explanation, source: "builtin", merchant, ...flags };
  }

  return {
    categoryKey: "other",
    source: "default",
    confidence: DEFAULT_CONFIDENCE,
    explanation: "Nothing in the description matched a rule, your history or a known merchant.",
    merchant,
    ...flags,
  };
}
