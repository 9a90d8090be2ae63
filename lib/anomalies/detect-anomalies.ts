import type { RecurringStream } from "@/lib/recurring/detect-recurring-streams";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import type { Anomaly, AnomalyTransaction, Suppression } from "./anomaly";
import { detectCategorySpikes, type SpikePeriod } from "./detect-category-spikes";
import { detectDuplicateCharges } from "./detect-duplicate-charges";
import { detectLargeCategorySpend, detectLargeMerchantSpend } from "./detect-large-spend";
import { detectMissedRecurring } from "./detect-missed-recurring";
import { detectNewMerchantCharges } from "./detect-new-merchant-charges";
import { detectPriceRises } from "./detect-price-rises";

export interface DetectAnomaliesInput {
  candidates: readonly AnomalyTransaction[];
  history: readonly AnomalyTransaction[];
  streams: readonly RecurringStream[];
  today: CalendarDate;
  currentPeriod: SpikePeriod;
  previousPeriods: readonly SpikePeriod[];
  merchantNames?: Readonly<Record<string, string>>;
  suppressions?: readonly Suppression[];
}

/**
 * Runs every detector and returns findings ordered by kind then dedupeKey, so a re-run yields the
 * same list. A charge that is large for its merchant is not also reported as large for its
 * category: one alert per charge is enough.
 */
export function detectAnomalies(input: DetectAnomaliesInput): Anomaly[] {
  const txInput = { candidates: input.candidates, history: input.history, suppressions: input.suppressions };
  const merchant = detectLargeMerchantSpend(txInput);
  const flagged = new Set(merchant.flatMap((a) => a.transactionIds));
  const category = detectLargeCategorySpend(txInput).filter((a) => !a.transactionIds.some((id) => flagged.has(id)));
  const all = [
    ...merchant,
    ...category,
    ...detectNewMerchantCharges(txInput),
    ...detectDuplicateCharges(txInput),
    ...detectPriceRises({ streams: input.streams, merchantNames: input.merchantNames, suppressions: input.suppressions }),
    ...detectMissedRecurring({ streams: input.streams, today: input.today, merchantNames: input.merchantNames, suppressions: input.suppressions }),
    ...detectCategorySpikes({
      transactions: [...input.history, ...input.candidates.filter((c) => !input.history.some((h) => h.id === c.id))],
      currentPeriod: input.currentPeriod,
      previousPeriods: input.previousPeriods,
      suppressions: input.suppressions,
    }),
  ];
  return all.sort((a, b) => (a.kind === b.kind ? (a.dedupeKey < b.dedupeKey ? -1 : 1) : a.kind < b.kind ? -1 : 1));
}
