import { MERGE_THRESHOLD, REVIEW_THRESHOLD } from "./dedup-thresholds";
import { scoreMatch, type MatchRow, type MatchScore } from "./score-match";

export interface Match extends MatchScore {
  existing: MatchRow;
  incoming: MatchRow;
  /**
   * Another pairing for either row also cleared the merge line (identical twins, e.g. two equal fares
   * in three days): the evidence cannot tell which is which, so the pair is only offered for review.
   */
  ambiguous: boolean;
}

/**
 * Pairs incoming rows with existing rows, best score first, with a claimed set so neither side is ever
 * used twice (two real purchases can never collapse into one row). Pairs below REVIEW_THRESHOLD are
 * dropped; the caller merges those at or above MERGE_THRESHOLD and lists the rest for review.
 */
export function assignMatches(existing: ReadonlyArray<MatchRow>, incoming: ReadonlyArray<MatchRow>, score = scoreMatch): Match[] {
  const candidates: Match[] = [];
  const byAccount = new Map<string, MatchRow[]>();
  for (const row of existing) {
    const list = byAccount.get(row.accountId) ?? [];
    list.push(row);
    byAccount.set(row.accountId, list);
  }
  for (const row of incoming) {
    for (const other of byAccount.get(row.accountId) ?? []) {
      if (other.id === row.id) continue;
      const result = score(other, row);
      if (result && result.score >= REVIEW_THRESHOLD) candidates.push({ ...result, existing: other, incoming: row, ambiguous: false });
    }
  }
  // Deterministic order: score, then the closer date, then ids, so reruns make the same decisions.
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      Math.abs(Date.parse(a.existing.date) - Date.parse(a.incoming.date)) - Math.abs(Date.parse(b.existing.date) - Date.parse(b.incoming.date)) ||
      (a.existing.id < b.existing.id ? -1 : a.existing.id > b.existing.id ? 1 : 0) ||
      (a.incoming.id < b.incoming.id ? -1 : a.incoming.id > b.incoming.id ? 1 : 0),
  );
  const strong = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.score < MERGE_THRESHOLD) continue;
    strong.set(`e:${candidate.existing.id}`, (strong.get(`e:${candidate.existing.id}`) ?? 0) + 1);
    strong.set(`i:${candidate.incoming.id}`, (strong.get(`i:${candidate.incoming.id}`) ?? 0) + 1);
  }
  const claimed = new Set<string>();
  const matches: Match[] = [];
  for (const candidate of candidates) {
    if (claimed.has(candidate.existing.id) || claimed.has(candidate.incoming.id)) continue;
    claimed.add(candidate.existing.id);
    claimed.add(candidate.incoming.id);
    const ambiguous = candidate.score >= MERGE_THRESHOLD && ((strong.get(`e:${candidate.existing.id}`) ?? 0) > 1 || (strong.get(`i:${candidate.incoming.id}`) ?? 0) > 1);
    matches.push({ ...candidate, ambiguous });
  }
  return matches;
}
