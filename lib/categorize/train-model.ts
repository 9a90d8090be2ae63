import { cleanDescriptor, tokenizeDescriptor } from "./clean-descriptor";
import { toMerchantKey } from "./derive-merchant-mappings";
import { normalizeMerchant } from "./normalize-merchant";

export const MODEL_VERSION = 1;

export interface TrainingExample {
  description: string;
  /** Signed minor units, negative = money out. */
  amount: number;
  categoryKey: string;
  /** Normalized merchant; derived from the description when absent. */
  merchant?: string;
}

/**
 * A multinomial naive Bayes model, plain JSON so it can be stored per user and reloaded.
 * Counts only: no floats accumulate error across retrains.
 */
export interface CategoryModel {
  version: typeof MODEL_VERSION;
  exampleCount: number;
  vocabulary: string[];
  classes: Record<string, { exampleCount: number; featureTotal: number; featureCounts: Record<string, number> }>;
}

/** Tokens that carry no category information in any bank's descriptors. */
const STOP_TOKENS = new Set(["POS", "DEBIT", "CARD", "PURCHASE", "PAYMENT", "THE", "AND", "OF", "TO", "FROM", "ON", "AT", "REF", "COM", "WWW", "XXXX"]);

/** Amount bands on a log scale: the model learns "small", "medium", "rent-sized" without caring about cents. */
function describeAmountBand(amount: number): string {
  const magnitude = Math.abs(amount);
  if (magnitude === 0) return "amt:0";
  return `amt:${Math.min(9, Math.floor(Math.log10(magnitude)))}`;
}

/**
 * The features one transaction contributes; shared by training and prediction so they never drift.
 * Words come from the normalized merchant only: rail, bank and location noise ("UPI", "YESB",
 * "KARTENZAHLUNG", "MANCHESTER GB") is shared across categories and would teach the model the
 * user's bank and city, not their spending.
 */
export function extractFeatures(description: string, amount: number, merchant?: string): string[] {
  const name = merchant ?? normalizeMerchant(description);
  const tokens = tokenizeDescriptor(cleanDescriptor(name))
    .filter((token) => token.length >= 2 && token.length <= 30 && !/\d/.test(token) && !STOP_TOKENS.has(token))
    .slice(0, 40);
  const merchantKey = toMerchantKey(name);
  const features = [...new Set(tokens)].map((token) => `tok:${token}`);
  // The whole merchant counts twice: a repeat merchant is stronger evidence than one shared word.
  if (merchantKey !== "") features.push(`mer:${merchantKey}`, `mer:${merchantKey}`);
  features.push(describeAmountBand(amount), amount >= 0 ? "dir:in" : "dir:out");
  return features;
}

/** Trains from scratch; cheap enough (linear in examples) to rerun after every correction. */
export function trainModel(examples: ReadonlyArray<TrainingExample>): CategoryModel {
  const classes: CategoryModel["classes"] = {};
  const vocabulary = new Set<string>();
  for (const example of examples) {
    const features = extractFeatures(example.description, example.amount, example.merchant);
    const entry = classes[example.categoryKey] ?? { exampleCount: 0, featureTotal: 0, featureCounts: {} };
    entry.exampleCount += 1;
    for (const feature of features) {
      entry.featureCounts[feature] = (entry.featureCounts[feature] ?? 0) + 1;
      entry.featureTotal += 1;
      vocabulary.add(feature);
    }
    classes[example.categoryKey] = entry;
  }
  return { version: MODEL_VERSION, exampleCount: examples.length, vocabulary: [...vocabulary].sort(), classes };
}
