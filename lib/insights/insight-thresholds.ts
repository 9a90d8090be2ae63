/**
 * Named thresholds for every insight, in one place. Money thresholds are minor units of the
 * report currency (2,500 = $25.00): below them a change is noise, however large in percent.
 */
/** A category change is reported when it moves this many percent from its three-month average… */
export const CATEGORY_CHANGE_MIN_PERCENT = 25;
/** …and by at least this much money. */
export const CATEGORY_CHANGE_MIN_AMOUNT = 2_500;
/** Months averaged as the category baseline. */
export const CATEGORY_BASELINE_MONTHS = 3;
/** At most this many category findings, largest money change first. */
export const CATEGORY_CHANGE_MAX_FINDINGS = 3;
/** The pace projection needs this many days of the month behind it before it says anything. */
export const PACE_MIN_DAYS = 7;
/** Pace is reported when the projection is this many percent away from the usual month. */
export const PACE_MIN_PERCENT = 15;
/** Months looked back for "spent more than you earned". */
export const CASH_FLOW_LOOKBACK_MONTHS = 3;
