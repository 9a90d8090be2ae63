/**
 * Pure dedup scoring: each function compares two transactions and returns a score in [0, 1] with the
 * reasons behind it, or null when the pair must never merge. Scores are sums of named evidence so a
 * merge can be explained and a threshold change can be reasoned about.
 */
import {
  CROSS_SOURCE_WINDOW_DAYS,
  MAX_TIP_RATIO,
  MIN_SETTLE_RATIO,
  PENDING_POST_WINDOW_DAYS,
  SIMILAR_DESCRIPTION,
} from "./dedup-thresholds";
import { descriptionSimilarity } from "./describe-similarity";
import { mergeReasonText } from "./merge-reason";

export type MatchSource = "sync" | "import" | "manual" | "scheduled";

export interface MatchRow {
  id: string;
  accountId: string;
  amount: number;
  currency: string;
  /** YYYY-MM-DD booking date. */
  date: string;
  description: string;
  pending: boolean;
  /** UTC instant of authorization when the source reports one (to the second or better). */
  authorizedAt: string | null;
  /** UTC instant the row posted, when known: the date a statement shows it under (orders identical twins). */
  postedAt?: string | null;
  source: MatchSource;
  externalId: string | null;
  /** True when the row was stored by an earlier delivery than the one being ingested. */
  earlier: boolean;
}

export type MatchKind = "pending_to_posted" | "duplicate" | "cross_source";

export interface MatchScore {
  kind: MatchKind;
  score: number;
  reasons: string[];
}

const MS_PER_DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

function describeSimilarityEvidence(a: string, b: string, full: number, partial: number, reasons: string[]): number {
  const similarity = descriptionSimilarity(a, b);
  if (similarity === 1) {
    reasons.push(mergeReasonText("sameDescription"));
    return full;
  }
  if (similarity >= SIMILAR_DESCRIPTION) {
    reasons.push(mergeReasonText("similarDescription", { share: similarity }));
    return partial;
  }
  return 0;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * A pending row that vanished against a posted row that appeared under a new id. The posted amount may
 * be higher (tip) or slightly lower (hold settling); it posts on or after the authorization date.
 */
export function scorePendingToPosted(pending: MatchRow, posted: MatchRow): MatchScore | null {
  if (!pending.pending || posted.pending) return null;
  if (pending.accountId !== posted.accountId || pending.currency !== posted.currency) return null;
  if (pending.amount === 0 || Math.sign(pending.amount) !== Math.sign(posted.amount)) return null;
  const reasons: string[] = [];
  let score = 0;
  if (pending.authorizedAt && posted.authorizedAt) {
    if (pending.authorizedAt !== posted.authorizedAt) return null;
    reasons.push(mergeReasonText("sameAuthorization"));
    score += 0.25;
  }
  const ratio = posted.amount / pending.amount;
  if (ratio === 1) {
    reasons.push(mergeReasonText("sameAmount"));
    score += 0.5;
  } else if (ratio > 1 && ratio <= MAX_TIP_RATIO) {
    reasons.push(mergeReasonText("postedHigher", { share: ratio - 1 }));
    score += 0.3;
  } else if (ratio >= MIN_SETTLE_RATIO && ratio < 1) {
    reasons.push(mergeReasonText("postedLower", { share: 1 - ratio }));
    score += 0.2;
  } else {
    return null;
  }
  const days = daysBetween(pending.date, posted.date);
  if (days < 0 || days > PENDING_POST_WINDOW_DAYS) return null;
  if (days === 0) {
    reasons.push(mergeReasonText("sameDate"));
    score += 0.25;
  } else {
    reasons.push(mergeReasonText("postedDaysAfter", { days }));
    score += days <= 2 ? 0.2 : 0.1;
  }
  score += describeSimilarityEvidence(pending.description, posted.description, 0.25, 0.15, reasons);
  return { kind: "pending_to_posted", score: round(Math.min(1, score)), reasons };
}

/**
 * The same posted transaction delivered twice by one source under two ids. Identical content is
 * required; what decides is whether the two can be told apart: different authorization instants mean
 * two real purchases (never merged), and two identical rows in one delivery may be two purchases too.
 */
export function scoreDuplicate(existing: MatchRow, incoming: MatchRow): MatchScore | null {
  if (existing.pending || incoming.pending) return null;
  if (existing.source !== incoming.source || existing.accountId !== incoming.accountId || existing.currency !== incoming.currency) return null;
  if (existing.externalId === null || incoming.externalId === null || existing.externalId === incoming.externalId) return null;
  if (existing.amount !== incoming.amount || existing.date !== incoming.date) return null;
  if (descriptionSimilarity(existing.description, incoming.description) < 1) return null;
  const reasons = [mergeReasonText("sameAmount"), mergeReasonText("sameDate"), mergeReasonText("sameDescription")];
  if (existing.authorizedAt && incoming.authorizedAt) {
    if (existing.authorizedAt !== incoming.authorizedAt) return null;
    reasons.push(mergeReasonText("sameAuthorization"));
    return { kind: "duplicate", score: 0.99, reasons };
  }
  if (existing.earlier) {
    reasons.push(mergeReasonText("redelivered"));
    return { kind: "duplicate", score: 0.9, reasons };
  }
  reasons.push(mergeReasonText("identicalInDelivery"));
  return { kind: "duplicate", score: 0.6, reasons };
}

/** The same transaction from a sync and from a statement import: equal amount, nearby date, similar text. */
export function scoreCrossSource(existing: MatchRow, incoming: MatchRow): MatchScore | null {
  const sources = new Set([existing.source, incoming.source]);
  if (!(sources.has("sync") && sources.has("import"))) return null;
  if (existing.pending || incoming.pending) return null;
  if (existing.accountId !== incoming.accountId || existing.currency !== incoming.currency || existing.amount !== incoming.amount) return null;
  const days = Math.abs(daysBetween(existing.date, incoming.date));
  if (days > CROSS_SOURCE_WINDOW_DAYS) return null;
  const reasons = [mergeReasonText("sameAmount")];
  let score = 0.5;
  if (days === 0) {
    reasons.push(mergeReasonText("sameDate"));
    score += 0.3;
  } else {
    reasons.push(mergeReasonText("datesApart", { days }));
    score += days === 1 ? 0.2 : 0.1;
  }
  score += describeSimilarityEvidence(existing.description, incoming.description, 0.2, 0.1, reasons);
  return { kind: "cross_source", score: round(score), reasons };
}

/** The strongest applicable explanation for treating `incoming` as a copy of `existing`. */
export function scoreMatch(existing: MatchRow, incoming: MatchRow): MatchScore | null {
  return scorePendingToPosted(existing, incoming) ?? scoreDuplicate(existing, incoming) ?? scoreCrossSource(existing, incoming);
}
