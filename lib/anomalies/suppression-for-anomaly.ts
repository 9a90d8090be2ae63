import type { AnomalyKind } from "./anomaly";
import { PRICE_RISE_SUPPRESSION_MULTIPLE, SUPPRESSION_BAND_MULTIPLE } from "./thresholds";

export interface StoredFinding {
  kind: AnomalyKind;
  merchantKey: string | null;
  categoryKey: string | null;
  currency: string;
  facts: Record<string, unknown>;
}

export interface SuppressionRule {
  kind: AnomalyKind;
  merchantKey: string | null;
  categoryKey: string | null;
  currency: string;
  minAmount: number | null;
  maxAmount: number | null;
}

function factAmount(facts: Record<string, unknown>, name: string): number | null {
  const value = facts[name];
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

const upTo = (amount: number | null, multiple: number): number | null => (amount === null ? null : Math.ceil(amount * multiple));

/**
 * What "this is normal" teaches, per kind. A large charge: that merchant up to 1.25x the amount
 * (loadSuppressions extends a large-for-merchant rule to the category detector too, or it would
 * fire on the same charge). A duplicate: that merchant at exactly that amount. A price rise: that
 * merchant up to the new price (+5%). A missed payment: that merchant. A category spike: that
 * category up to 1.25x the period's total. Null when the finding lacks what a rule needs.
 */
export function suppressionForAnomaly(finding: StoredFinding): SuppressionRule | null {
  const base = { merchantKey: finding.merchantKey, categoryKey: null, currency: finding.currency, minAmount: null, maxAmount: null };
  const amount = factAmount(finding.facts, "amount");
  switch (finding.kind) {
    case "large-merchant-spend":
    case "large-category-spend":
    case "new-merchant-large-charge": {
      const maxAmount = upTo(amount, SUPPRESSION_BAND_MULTIPLE);
      if (finding.merchantKey !== null) return { ...base, kind: finding.kind, maxAmount };
      if (finding.categoryKey === null) return null;
      return { ...base, kind: finding.kind, categoryKey: finding.categoryKey, maxAmount };
    }
    case "duplicate-charge":
      if (finding.merchantKey === null || amount === null) return null;
      return { ...base, kind: finding.kind, minAmount: amount, maxAmount: amount };
    case "subscription-price-rise":
      if (finding.merchantKey === null) return null;
      return { ...base, kind: finding.kind, maxAmount: upTo(amount, PRICE_RISE_SUPPRESSION_MULTIPLE) };
    case "missed-recurring":
      if (finding.merchantKey === null) return null;
      return { ...base, kind: finding.kind };
    case "category-spend-spike":
      if (finding.categoryKey === null) return null;
      return { ...base, kind: finding.kind, merchantKey: null, categoryKey: finding.categoryKey, maxAmount: upTo(factAmount(finding.facts, "current"), SUPPRESSION_BAND_MULTIPLE) };
  }
}
