import type { ExplainMessage } from "@/lib/i18n/explain-message";

/** A plain-language finding with the numbers behind it. Computed from the user's own data only. */
export interface Insight {
  /** Stable per finding and period, for React keys and tests. */
  id: string;
  kind: "category_change" | "subscription_price_rise" | "cash_flow" | "top_merchant" | "spending_pace";
  tone: "positive" | "neutral" | "warning";
  /** One sentence with its figures, e.g. "Food & Dining is up 35% on your three-month average: $412.00 against $305.00". */
  title: string;
  /** Supporting lines (which subscriptions, which months). */
  details: string[];
  /** `title` and `details` as catalog messages (`explain.insight.*`), for the page in the reader's language. */
  message: ExplainMessage;
  detailMessages: ExplainMessage[];
}

/** Formats minor units of the report currency in the user's locale. */
export type FormatAmount = (minor: number) => string;

const WORDS = ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

/** "Three" for small counts at the start of a sentence, digits past ten. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** Whole percent for sentences ("35%"); the exact figures sit beside it. */
export function wholePercent(part: number, base: number): number {
  return Math.round((part / base) * 100);
}
