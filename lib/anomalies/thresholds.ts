/**
 * Every number that decides whether an anomaly fires, in one place so tuning is one diff and the
 * reasons shown to users can cite them. Money floors are in major units of the transaction's
 * currency and converted with its exponent (so 500 means $500, ¥500, or 500 KWD).
 */

/** Robust z-score at which a value is an outlier (Iglewicz & Hoaglin's 3.5 for the modified z-score). */
export const LARGE_SPEND_MIN_SCORE = 3.5;
/**
 * A charge at least as large as this many earlier ones at the merchant is within its range
 * (a pharmacy or marketplace whose baskets range widely), not unusual for it.
 */
export const LARGE_SPEND_SEEN_BEFORE_MIN = 2;
/** Visits to a merchant in the same currency before its "usual" means anything. */
export const LARGE_SPEND_MERCHANT_MIN_HISTORY = 8;
/** Category history is noisier (many merchants), so it needs more rows. */
export const LARGE_SPEND_CATEGORY_MIN_HISTORY = 10;
/**
 * Also require the charge to be at least this multiple of the median: a 3.5-z blip on $4 coffee is
 * not news. Tuned on generated seeds 100-110 (at 1.5, a big weekly shop at a grocer with a few
 * visits fired; ordinary spending stays under 3x its median, the labelled outliers are 4x and more).
 */
export const LARGE_SPEND_MIN_MULTIPLE_OF_MEDIAN = 3.5;
/**
 * Spread floor as a share of the median. When most amounts are equal the MAD is 0 and any other
 * amount would score infinity; assuming at least 10% spread keeps the score finite and meaningful.
 */
export const MIN_SPREAD_SHARE_OF_MEDIAN = 0.1;
/** 1.4826 x MAD estimates the standard deviation of normally distributed amounts. */
export const MAD_TO_SIGMA = 1.4826;

/**
 * A first charge at a never-seen merchant is large when it is this multiple of the user's median
 * purchase. Tuned on generated seeds 100-110: a first flight or urgent-care visit is 10-25x the
 * median purchase; a new laptop or TV is 40x and more.
 */
export const NEW_MERCHANT_MULTIPLE_OF_MEDIAN = 30;
/** User purchases (same currency) needed before the median above is trusted; less and nothing is judged. */
export const NEW_MERCHANT_MIN_HISTORY = 20;

/**
 * A duplicate charge is one purchase taken twice: the second follows within minutes. With a time of
 * day on both rows (card feeds carry the authorization instant) the pair must be at most this many
 * minutes apart; a card double-swipe or a double-submitted checkout is seconds to minutes, while two
 * coffees bought in the morning and the afternoon are two visits.
 */
export const DUPLICATE_MAX_MINUTES_APART = 60;
/**
 * Rows this many calendar days apart are compared: a timed pair minutes apart can straddle
 * midnight. Rows with only a date must share it (without a time, equal charges on adjacent days are
 * as likely two visits as one charge twice, and a double charge posts in one batch).
 */
export const DUPLICATE_WINDOW_DAYS = 1;
/** Same-amount repeats in the 90 days before that make a pair routine (the daily $4.50 coffee). */
export const DUPLICATE_HABIT_LOOKBACK_DAYS = 90;
export const DUPLICATE_HABIT_MIN_REPEATS = 4;
/**
 * A fixed fare habit shows before it has 90 days of history: the same amount on this many distinct
 * earlier days within DUPLICATE_RECENT_HABIT_DAYS makes the pair routine too ($2.90 metro rides in a
 * user's first weeks). 21 days keeps a monthly bill's duplicate (one earlier charge in that span) news.
 */
export const DUPLICATE_RECENT_HABIT_DAYS = 21;
export const DUPLICATE_RECENT_HABIT_MIN_DAYS = 2;
/**
 * A split payment: two equal charges adding up to the merchant's usual single charge (the median
 * of at least DUPLICATE_SPLIT_MIN_HISTORY earlier ones) within this share of it, e.g. rent paid in
 * halves. The earlier charges must agree to this share too (MAD), or there is no usual charge.
 */
export const DUPLICATE_SPLIT_TOLERANCE_SHARE = 0.02;
export const DUPLICATE_SPLIT_MIN_HISTORY = 2;

/** A price rise needs this many earlier occurrences to define the old price (two varying bills agree by chance too often). */
export const PRICE_RISE_MIN_PRIOR_OCCURRENCES = 3;
/** Share of the earlier occurrences that must sit within PRICE_RISE_MAX_PRIOR_SPREAD_SHARE of their median. */
export const PRICE_RISE_MIN_AGREEING_SHARE = 0.75;
/**
 * A price exists only when earlier charges agree: their MAD must be at most this share of their
 * median. A fuel station or utility bill that varies month to month has no price to rise.
 */
export const PRICE_RISE_MAX_PRIOR_SPREAD_SHARE = 0.02;

/** Days past the predicted date before a recurring payment or income counts as missed. */
export const MISSED_RECURRING_GRACE_DAYS = {
  weekly: 2,
  biweekly: 3,
  monthly: 5,
  quarterly: 7,
  yearly: 14,
} as const;

/**
 * A stream is only "missed" when its recent rhythm is tight: each of its last MISSED_RECURRING_RECENT_GAPS
 * gaps within this many days of the nominal interval. Spending that happens to look monthly (an ATM
 * visit, a taxi) drifts more than a bill does; tuned on seeds 100-110.
 */
export const MISSED_RECURRING_MAX_GAP_DEVIATION_DAYS = { weekly: 1, biweekly: 2, monthly: 4, quarterly: 7, yearly: 10 } as const;
export const MISSED_RECURRING_RECENT_GAPS = 3;
/**
 * A stream whose amounts vary (MAD above PRICE_RISE_MAX_PRIOR_SPREAD_SHARE of the median: a utility
 * bill, or spending that only looks monthly, like cash withdrawals or fuel) needs this many tight
 * gaps instead: three ~monthly gaps in a row happen by chance in everyday spending; five rarely do.
 */
export const MISSED_RECURRING_RECENT_GAPS_VARYING = 5;

/** Previous periods needed before a category's "typical period" exists. */
export const CATEGORY_SPIKE_MIN_PERIODS = 4;
/**
 * Categories with fewer purchases than this in a typical period are too lumpy to spike: one
 * urgent-care visit or one flight doubles a sparse category. Tuned on seeds 100-110.
 */
export const CATEGORY_SPIKE_MIN_TYPICAL_PURCHASES = 12;
/** The period must be at least this multiple of the typical period by purchase count... */
export const CATEGORY_SPIKE_MIN_COUNT_MULTIPLE = 1.3;
/**
 * ...and by net amount (both: more charges of ordinary size, or a few huge ones, are other detectors' news).
 * A spike is a month a person would call one, "nearly double my usual": at 1.4 ordinary months
 * (dining at +40-50% on a busy month) fired; the generator labels months at 2x or more, and this
 * leaves room for a typical month that is the median of only a few past months.
 */
export const CATEGORY_SPIKE_MIN_AMOUNT_MULTIPLE = 1.75;
/**
 * And the two robust z-scores (count, amount) must add up to this. Count spread is floored at
 * half the square root of the typical count, so a category whose counts happened to be steady for
 * a few months does not fire on one extra visit.
 */
export const CATEGORY_SPIKE_MIN_COMBINED_SCORE = 4;
export const CATEGORY_SPIKE_MIN_COUNT_SPREAD_SHARE_OF_SQRT = 0.5;

/**
 * "This is normal" on an amount finding accepts amounts up to this multiple of the one shown at
 * that merchant (or category), so the next slightly larger charge does not fire again.
 */
export const SUPPRESSION_BAND_MULTIPLE = 1.25;
/** A price the user accepted may still move by rounding and tax before it counts as a new rise. */
export const PRICE_RISE_SUPPRESSION_MULTIPLE = 1.05;
/** Past whole months a category's spending so far this month is compared with (12: 6 left the median too noisy). */
export const CATEGORY_SPIKE_LOOKBACK_PERIODS = 12;
