/** Scores at or above this merge automatically; precision first, so only strong evidence gets here. */
export const MERGE_THRESHOLD = 0.75;
/** Scores from here up to MERGE_THRESHOLD are kept as a review item for the user instead of merging. */
export const REVIEW_THRESHOLD = 0.5;
/** A restaurant tip can raise a posted amount over the pending authorization by up to this share. */
export const MAX_TIP_RATIO = 1.25;
/** A hold may settle slightly lower (fuel pumps, hotels). */
export const MIN_SETTLE_RATIO = 0.9;
/** Pending rows post within this many days of their authorization date. */
export const PENDING_POST_WINDOW_DAYS = 5;
/** A statement and a sync may book the same transaction on dates this far apart (authorized vs posted). */
export const CROSS_SOURCE_WINDOW_DAYS = 3;
/** Description similarity (token containment) treated as "same merchant text". */
export const SIMILAR_DESCRIPTION = 0.6;
