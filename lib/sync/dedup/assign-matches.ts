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
 * For scorers that never pair different amounts or dates further apart than `windowDays` (duplicates,
 * cross-source copies): only rows of the same account, currency and amount within the window are scored,
 * found by binary search in date order, so a first page of thousands of rows is O(n log n), not O(n·m).
 */
export interface SameAmountBlocking {
  windowDays: number;
}

const DAY_MS = 86_400_000;

function* candidatePairs(existing: ReadonlyArray<MatchRow>, incoming: ReadonlyArray<MatchRow>, blocking?: SameAmountBlocking): Generator<[MatchRow, MatchRow]> {
  const keyOf = (row: MatchRow) => (blocking ? `${row.accountId}\u001f${row.currency}\u001f${row.amount}` : row.accountId);
  const buckets = new Map<string, Array<{ row: MatchRow; day: number }>>();
  for (const row of existing) {
    const list = buckets.get(keyOf(row)) ?? [];
    list.push({ row, day: Date.parse(row.date) / DAY_MS });
    buckets.set(keyOf(row), list);
  }
  if (!blocking) {
    for (const row of incoming) for (const other of buckets.get(keyOf(row)) ?? []) yield [row, other.row];
    return;
  }
  for (const list of buckets.values()) list.sort((a, b) => a.day - b.day);
  for (const row of incoming) {
    const list = buckets.get(keyOf(row));
    if (!list) continue;
    const day = Date.parse(row.date) / DAY_MS;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid]?.day ?? 0) < day - blocking.windowDays) low = mid + 1;
      else high = mid;
    }
    for (let index = low; index < list.length; index += 1) {
      const other = list[index];
      if (!other || other.day > day + blocking.windowDays) break;
      yield [row, other.row];
    }
  }
}

/**
 * Pairs incoming rows with existing rows, best score first, with a claimed set so neither side is ever
 * used twice (two real purchases can never collapse into one row). Pairs below REVIEW_THRESHOLD are
 * dropped; the caller merges those at or above MERGE_THRESHOLD and lists the rest for review.
 */
export function assignMatches(existing: ReadonlyArray<MatchRow>, incoming: ReadonlyArray<MatchRow>, score = scoreMatch, blocking?: SameAmountBlocking): Match[] {
  const candidates: Match[] = [];
  for (const [row, other] of candidatePairs(existing, incoming, blocking)) {
    if (other.id === row.id) continue;
    const result = score(other, row);
    if (result && result.score >= REVIEW_THRESHOLD) candidates.push({ ...result, existing: other, incoming: row, ambiguous: false });
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
