import type { RecurringStream } from "@/lib/recurring/detect-recurring-streams";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import type { Anomaly, AnomalyTransaction, Suppression } from "./anomaly";
import { detectCategorySpikes, type SpikePeriod } from "./detect-category-spikes";
import { detectDuplicateCharges } from "./detect-duplicate-charges";
import { detectLargeCategorySpend, detectLargeMerchantSpend } from "./detect-large-spend";
import { detectMissedRecurring } from "./detect-missed-recurring";
import { detectNewMerchantCharges } from "./detect-new-merchant-charges";
import { detectPriceRises } from "./detect-price-rises";

export interface DetectNewAnomaliesInput {
  /** The transactions a sync just stored. */
  candidates: readonly AnomalyTransaction[];
  /** Earlier rows to compare them with (may include the candidates). */
  history: readonly AnomalyTransaction[];
  streams: readonly RecurringStream[];
  merchantNames?: Readonly<Record<string, string>>;
  /** One row per (category, currency, period) holding that period's net amount (see loadCategoryPeriodTotals). */
  categoryTotals: readonly AnomalyTransaction[];
  currentPeriod: SpikePeriod;
  previousPeriods: readonly SpikePeriod[];
  today: CalendarDate;
  suppressions?: readonly Suppression[];
}

/**
 * The detectors as a sync runs them: transaction detectors judge only the candidates; a price
 * rise is reported only when the stream's newest charge is a candidate; a category spike only for
 * categories a candidate in the current period belongs to; missed payments are judged on `today`
 * (an absence has no transaction to wait for). A charge large for its merchant is not also
 * reported as large for its category. Ordered by kind then dedupeKey.
 */
export function detectNewAnomalies(input: DetectNewAnomaliesInput): Anomaly[] {
  const { candidates, suppressions } = input;
  const candidateIds = new Set(candidates.map((c) => c.id));
  const txInput = { candidates, history: input.history, suppressions };
  const merchant = detectLargeMerchantSpend(txInput);
  const flagged = new Set(merchant.flatMap((a) => a.transactionIds));
  // A category mixes $3 fares with $60 tanks of fuel, so its spread says little about one merchant's
  // charge: the category comparison is the fallback for charges with no merchant to compare within.
  const category = detectLargeCategorySpend({ ...txInput, candidates: candidates.filter((c) => c.merchantKey === null) }).filter(
    (a) => !a.transactionIds.some((id) => flagged.has(id)),
  );
  const spikeCategories = new Set(
    candidates.filter((c) => c.date >= input.currentPeriod.start && c.date < input.currentPeriod.end && c.amount < 0).map((c) => c.categoryKey),
  );
  const all = [
    ...merchant,
    ...category,
    ...detectNewMerchantCharges(txInput),
    ...detectDuplicateCharges(txInput),
    ...detectPriceRises({ streams: input.streams, merchantNames: input.merchantNames, suppressions }).filter((a) =>
      a.transactionIds.some((id) => candidateIds.has(id)),
    ),
    ...detectMissedRecurring({ streams: input.streams, today: input.today, merchantNames: input.merchantNames, suppressions }),
    ...detectCategorySpikes({
      transactions: input.categoryTotals.filter((t) => spikeCategories.has(t.categoryKey)),
      currentPeriod: input.currentPeriod,
      previousPeriods: input.previousPeriods,
      suppressions,
    }),
  ];
  return all.sort((a, b) => (a.kind === b.kind ? (a.dedupeKey < b.dedupeKey ? -1 : 1) : a.kind < b.kind ? -1 : 1));
}
