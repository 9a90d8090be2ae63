/**
 * The shape the categorizer needs from a transaction. Deliberately smaller than the stored
 * row so the pure functions can be called from sync, import, rule previews and the eval script.
 */
export interface CategorizableTransaction {
  description: string;
  /** Signed integer minor units: negative is money leaving the account, positive is money arriving. */
  amount: number;
  currency: string;
  accountId?: string;
  /** The category string the bank or aggregator supplied, if any ("FOOD_AND_DRINK", "Groceries"). */
  bankCategory?: string | null;
  /** Set by the recurring-payment detector upstream; used only by the rent heuristic. */
  isRecurring?: boolean;
}

export type CategorySource = "user" | "rule" | "learned" | "builtin" | "default";
