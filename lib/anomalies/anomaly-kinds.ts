import type { AnomalyKind as StoredAnomalyKind } from "@/lib/generated/prisma/enums";
import type { AnomalyKind } from "./anomaly";

/** The detectors' kebab-case kinds and the database enum name the same seven findings. */
const STORED_KIND: Record<AnomalyKind, StoredAnomalyKind> = {
  "large-merchant-spend": "large_for_merchant",
  "large-category-spend": "large_for_category",
  "new-merchant-large-charge": "new_merchant_large",
  "duplicate-charge": "duplicate_charge",
  "subscription-price-rise": "price_rise",
  "missed-recurring": "missed_recurring",
  "category-spend-spike": "category_spike",
};

const DETECTOR_KIND = Object.fromEntries(Object.entries(STORED_KIND).map(([k, v]) => [v, k])) as Record<StoredAnomalyKind, AnomalyKind>;

export function toStoredKind(kind: AnomalyKind): StoredAnomalyKind {
  return STORED_KIND[kind];
}

export function toDetectorKind(kind: StoredAnomalyKind): AnomalyKind {
  return DETECTOR_KIND[kind];
}

/** Short labels for the UI. */
export const ANOMALY_KIND_LABELS: Record<StoredAnomalyKind, string> = {
  large_for_merchant: "Large for this merchant",
  large_for_category: "Large for this category",
  new_merchant_large: "Large first charge",
  duplicate_charge: "Possible duplicate",
  price_rise: "Price rise",
  missed_recurring: "Missed recurring",
  category_spike: "Category spike",
};
