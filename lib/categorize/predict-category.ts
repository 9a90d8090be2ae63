import { z } from "zod";
import { extractFeatures, MODEL_VERSION, type CategoryModel } from "./train-model";
import type { CategorizableTransaction } from "./types";

export interface ModelPrediction {
  categoryKey: string;
  /** Posterior probability of the winning class, 0..1. */
  confidence: number;
  /** Description or merchant features of this transaction the model has seen; 0 means it is only guessing from priors. */
  knownFeatureCount: number;
}

export const CategoryModelSchema = z.object({
  version: z.literal(MODEL_VERSION),
  exampleCount: z.number().int().nonnegative(),
  vocabulary: z.array(z.string()),
  classes: z.record(
    z.string(),
    z.object({
      exampleCount: z.number().int().nonnegative(),
      featureTotal: z.number().int().nonnegative(),
      featureCounts: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
});

/**
 * Smoothing of the word and merchant features. Small on purpose: a user's corrections are few, and
 * add-one smoothing over a vocabulary of hundreds made a word seen in one corrected merchant barely
 * count ("ASSOCIATES PC" after a correction of "Oakhill Associates PC" moved the odds by 2x, less
 * than the amount band did), so the model never generalized to a merchant it had not seen.
 */
const WORD_SMOOTHING = 0.1;
/** Amount band and direction are one observation per example each; add-one over their few values. */
const CONTEXT_SMOOTHING = 1;
const AMOUNT_BANDS = 11;
/**
 * The amount band describes the payment, not the payee: a café and a restaurant share bands. It
 * counts half as much as a word so that it breaks ties between words instead of outvoting them.
 */
const AMOUNT_BAND_WEIGHT = 0.5;

const isWordFeature = (feature: string): boolean => feature.startsWith("tok:") || feature.startsWith("mer:");

interface PreparedModel {
  wordVocabulary: Set<string>;
  wordVocabularySize: number;
  /** Per class: the sum of its word and merchant feature counts (the multinomial's denominator). */
  wordTotals: Map<string, number>;
}

/** A model is plain JSON and immutable once loaded, so what scoring derives from it is computed once per object. */
const prepared = new WeakMap<CategoryModel, PreparedModel>();

function prepare(model: CategoryModel): PreparedModel {
  const cached = prepared.get(model);
  if (cached) return cached;
  const wordVocabulary = new Set(model.vocabulary.filter(isWordFeature));
  const wordTotals = new Map<string, number>();
  for (const [categoryKey, entry] of Object.entries(model.classes)) {
    let total = 0;
    for (const [feature, count] of Object.entries(entry.featureCounts)) if (isWordFeature(feature)) total += count;
    wordTotals.set(categoryKey, total);
  }
  const result = { wordVocabulary, wordVocabularySize: Math.max(1, wordVocabulary.size), wordTotals };
  prepared.set(model, result);
  return result;
}

/**
 * Scores a transaction with a trained model. Returns undefined for an empty model.
 * Words of the merchant are a multinomial naive Bayes over the user's corrections; the amount
 * band and direction are separate per-class factors that only shift the odds.
 */
export function predictCategory(model: CategoryModel, tx: Pick<CategorizableTransaction, "description" | "amount"> & { merchant?: string }): ModelPrediction | undefined {
  const classEntries = Object.entries(model.classes);
  if (classEntries.length === 0 || model.exampleCount === 0) return undefined;
  const { wordVocabulary, wordVocabularySize, wordTotals } = prepare(model);
  const features = extractFeatures(tx.description, tx.amount, tx.merchant);
  // Features no class has seen carry no information; skipping them keeps confidence honest.
  const words = features.filter((feature) => wordVocabulary.has(feature));
  const context = features.filter((feature) => !isWordFeature(feature));

  const logScores = classEntries.map(([categoryKey, entry]) => {
    let score = Math.log((entry.exampleCount + 1) / (model.exampleCount + classEntries.length));
    const denominator = (wordTotals.get(categoryKey) ?? 0) + WORD_SMOOTHING * wordVocabularySize;
    for (const feature of words) score += Math.log(((entry.featureCounts[feature] ?? 0) + WORD_SMOOTHING) / denominator);
    for (const feature of context) {
      const values = feature.startsWith("amt:") ? AMOUNT_BANDS : 2;
      const weight = feature.startsWith("amt:") ? AMOUNT_BAND_WEIGHT : 1;
      score += weight * Math.log(((entry.featureCounts[feature] ?? 0) + CONTEXT_SMOOTHING) / (entry.exampleCount + CONTEXT_SMOOTHING * values));
    }
    return { categoryKey, score };
  });

  const maxScore = Math.max(...logScores.map((s) => s.score));
  const weights = logScores.map((s) => ({ categoryKey: s.categoryKey, weight: Math.exp(s.score - maxScore) }));
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  const best = weights.reduce((a, b) => (b.weight > a.weight || (b.weight === a.weight && b.categoryKey < a.categoryKey) ? b : a));
  return { categoryKey: best.categoryKey, confidence: best.weight / total, knownFeatureCount: words.length };
}

/** Parses a stored model, rejecting anything that is not a model this code wrote. */
export function parseCategoryModel(json: unknown): CategoryModel {
  return CategoryModelSchema.parse(json) as CategoryModel;
}
