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

/** Laplace smoothing: an unseen feature neither vetoes nor decides a class. */
const SMOOTHING = 1;

/**
 * Scores a transaction with a trained model. Returns undefined for an empty model.
 * Merchant and description tokens are the evidence; amount band and direction only shift the odds.
 */
export function predictCategory(model: CategoryModel, tx: Pick<CategorizableTransaction, "description" | "amount"> & { merchant?: string }): ModelPrediction | undefined {
  const classEntries = Object.entries(model.classes);
  if (classEntries.length === 0 || model.exampleCount === 0) return undefined;
  const features = extractFeatures(tx.description, tx.amount, tx.merchant);
  const vocabulary = new Set(model.vocabulary);
  const vocabularySize = Math.max(1, vocabulary.size);
  const knownFeatureCount = features.filter((f) => (f.startsWith("tok:") || f.startsWith("mer:")) && vocabulary.has(f)).length;

  const logScores = classEntries.map(([categoryKey, entry]) => {
    let score = Math.log((entry.exampleCount + SMOOTHING) / (model.exampleCount + SMOOTHING * classEntries.length));
    const denominator = entry.featureTotal + SMOOTHING * vocabularySize;
    for (const feature of features) {
      // Features no class has seen carry no information; skipping them keeps confidence honest.
      if (!vocabulary.has(feature)) continue;
      score += Math.log(((entry.featureCounts[feature] ?? 0) + SMOOTHING) / denominator);
    }
    return { categoryKey, score };
  });

  const maxScore = Math.max(...logScores.map((s) => s.score));
  const weights = logScores.map((s) => ({ categoryKey: s.categoryKey, weight: Math.exp(s.score - maxScore) }));
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  const best = weights.reduce((a, b) => (b.weight > a.weight || (b.weight === a.weight && b.categoryKey < a.categoryKey) ? b : a));
  return { categoryKey: best.categoryKey, confidence: best.weight / total, knownFeatureCount };
}

/** Parses a stored model, rejecting anything that is not a model this code wrote. */
export function parseCategoryModel(json: unknown): CategoryModel {
  return CategoryModelSchema.parse(json) as CategoryModel;
}
