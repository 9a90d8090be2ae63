import { CROSS_SOURCE_WINDOW_DAYS, MERGE_THRESHOLD, PENDING_POST_WINDOW_DAYS, REVIEW_THRESHOLD } from "./dedup-thresholds";
import { scoreMatch, type MatchRow, type MatchScore } from "./score-match";
import { mergeReasonText } from "./merge-reason";

export interface Match extends MatchScore {
  existing: MatchRow;
  incoming: MatchRow;
  /**
   * Another pairing for either row also cleared the merge line and the evidence cannot tell which is
   * which (e.g. two equal fares in three days with unequal counts on the two sides): the pair is only
   * offered for review.
   */
  ambiguous: boolean;
}

/**
 * Which pairs are scored at all. Every scorer in score-match.ts rejects pairs of different accounts or
 * currencies and pairs further apart than its own date window, so only rows of the same account and
 * currency within `windowDays` are compared (and of the same amount with `sameAmount`, the default,
 * for duplicates and cross-source copies). Rows are bucketed and date-sorted, and each row is scored
 * only against its bucket's rows inside the window, found by binary search: O(n log n + pairs in window)
 * instead of O(n·m), whatever the size of the delivery.
 */
export interface SameAmountBlocking {
  windowDays: number;
  /** Only rows of equal amount are candidates (true when omitted). Pending-to-posted pairs differ in amount (tips). */
  sameAmount?: boolean;
}

/** Without explicit blocking: the widest window any scorer in score-match.ts accepts, any amount. */
const DEFAULT_BLOCKING: SameAmountBlocking = { windowDays: Math.max(PENDING_POST_WINDOW_DAYS, CROSS_SOURCE_WINDOW_DAYS), sameAmount: false };

const DAY_MS = 86_400_000;

function dayOf(row: MatchRow): number {
  return Math.floor(Date.parse(`${row.date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function* candidatePairs(existing: ReadonlyArray<MatchRow>, incoming: ReadonlyArray<MatchRow>, blocking: SameAmountBlocking): Generator<[MatchRow, MatchRow]> {
  const sameAmount = blocking.sameAmount !== false;
  const keyOf = (row: MatchRow) => (sameAmount ? `${row.accountId}\u001f${row.currency}\u001f${row.amount}` : `${row.accountId}\u001f${row.currency}`);
  const buckets = new Map<string, Array<{ row: MatchRow; day: number }>>();
  for (const row of existing) {
    const key = keyOf(row);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push({ row, day: dayOf(row) });
  }
  for (const list of buckets.values()) list.sort((a, b) => a.day - b.day);
  for (const row of incoming) {
    const list = buckets.get(keyOf(row));
    if (!list) continue;
    const day = dayOf(row);
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

interface Scored extends Match {
  gapDays: number;
}

/**
 * Pairs incoming rows with existing rows, with a claimed set so neither side is ever used twice (two
 * real purchases can never collapse into one row). Pairs below REVIEW_THRESHOLD are dropped; the caller
 * merges those at or above MERGE_THRESHOLD that are not ambiguous and lists the rest for review.
 *
 * Identical twins first: when a sync and a statement import each hold the same number of
 * interchangeable copies (two equal fares on consecutive days), every copy matches every other one
 * equally well. Such a group of cross-source candidates is paired one-to-one in order (date, then the
 * order each source listed them) instead of being sent to review; with unequal counts it still is.
 * Pairs of one source (re-delivered duplicates) are never paired this way.
 *
 * `score` must reject pairs that `blocking` leaves out (see SameAmountBlocking).
 */
export function assignMatches(existing: ReadonlyArray<MatchRow>, incoming: ReadonlyArray<MatchRow>, score = scoreMatch, blocking: SameAmountBlocking = DEFAULT_BLOCKING): Match[] {
  const candidates: Scored[] = [];
  for (const [row, other] of candidatePairs(existing, incoming, blocking)) {
    if (other.id === row.id) continue;
    const result = score(other, row);
    if (result && result.score >= REVIEW_THRESHOLD) candidates.push({ ...result, existing: other, incoming: row, ambiguous: false, gapDays: Math.abs(dayOf(other) - dayOf(row)) });
  }
  // Deterministic order: score, then the closer date, then ids, so reruns make the same decisions.
  candidates.sort((a, b) => b.score - a.score || a.gapDays - b.gapDays || compareText(a.existing.id, b.existing.id) || compareText(a.incoming.id, b.incoming.id));

  const rank = listingOrder(existing, incoming);
  const { matches, claimed } = pairTwins(candidates.filter((c) => c.score >= MERGE_THRESHOLD), rank);

  const strong = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.score < MERGE_THRESHOLD || claimed.has(candidate.existing.id) || claimed.has(candidate.incoming.id)) continue;
    strong.set(`e:${candidate.existing.id}`, (strong.get(`e:${candidate.existing.id}`) ?? 0) + 1);
    strong.set(`i:${candidate.incoming.id}`, (strong.get(`i:${candidate.incoming.id}`) ?? 0) + 1);
  }
  for (const candidate of candidates) {
    if (claimed.has(candidate.existing.id) || claimed.has(candidate.incoming.id)) continue;
    claimed.add(candidate.existing.id);
    claimed.add(candidate.incoming.id);
    const ambiguous = candidate.score >= MERGE_THRESHOLD && ((strong.get(`e:${candidate.existing.id}`) ?? 0) > 1 || (strong.get(`i:${candidate.incoming.id}`) ?? 0) > 1);
    matches.push(withoutGap({ ...candidate, ambiguous }));
  }
  return matches;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withoutGap(candidate: Scored): Match {
  const { gapDays: _gapDays, ...match } = candidate;
  return match;
}

/**
 * "In order": by the day a statement lists the row under (its posting day when the source reports one,
 * else its date), then the authorization instant when known, then the source's own id (a bank's id, or an
 * imported row's occurrence number among identical rows of its file), then the order the caller listed
 * the rows in.
 */
function listingOrder(existing: ReadonlyArray<MatchRow>, incoming: ReadonlyArray<MatchRow>): (row: MatchRow, side: "existing" | "incoming") => number {
  const position = { existing: new Map<string, number>(), incoming: new Map<string, number>() };
  existing.forEach((row, index) => position.existing.set(row.id, index));
  incoming.forEach((row, index) => position.incoming.set(row.id, index));
  return (row, side) => position[side].get(row.id) ?? 0;
}

function sortInOrder(rows: MatchRow[], side: "existing" | "incoming", rank: (row: MatchRow, side: "existing" | "incoming") => number): MatchRow[] {
  const statementDay = (row: MatchRow) => (row.postedAt ? Math.floor(Date.parse(row.postedAt) / DAY_MS) : dayOf(row));
  return rows.sort(
    (a, b) => statementDay(a) - statementDay(b) || dayOf(a) - dayOf(b) || compareText(a.authorizedAt ?? "", b.authorizedAt ?? "") || compareText(a.externalId ?? "", b.externalId ?? "") || rank(a, side) - rank(b, side),
  );
}

/**
 * Groups merge-strength candidates into connected components (rows linked by any strong pair). A component
 * where some row has more than one strong partner is a group of twins; if all its pairs are cross-source,
 * no row sits on both sides, and both sides hold the same number of rows, the rows are zipped in order
 * and each zipped pair must itself be a strong candidate. Anything else is left to the greedy pass.
 */
function pairTwins(strong: ReadonlyArray<Scored>, rank: (row: MatchRow, side: "existing" | "incoming") => number): { matches: Match[]; claimed: Set<string> } {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) as string;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const candidate of strong) {
    for (const id of [candidate.existing.id, candidate.incoming.id]) if (!parent.has(id)) parent.set(id, id);
    const a = find(candidate.existing.id);
    const b = find(candidate.incoming.id);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, Scored[]>();
  for (const candidate of strong) {
    const root = find(candidate.existing.id);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(candidate);
  }

  const matches: Match[] = [];
  const claimed = new Set<string>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.every((candidate) => candidate.kind === "cross_source")) continue;
    const existingRows = new Map(group.map((candidate) => [candidate.existing.id, candidate.existing]));
    const incomingRows = new Map(group.map((candidate) => [candidate.incoming.id, candidate.incoming]));
    if (existingRows.size !== incomingRows.size || [...existingRows.keys()].some((id) => incomingRows.has(id))) continue;
    const byPair = new Map(group.map((candidate) => [`${candidate.existing.id}\u001f${candidate.incoming.id}`, candidate]));
    const left = sortInOrder([...existingRows.values()], "existing", rank);
    const right = sortInOrder([...incomingRows.values()], "incoming", rank);
    const zipped = left.map((row, index) => byPair.get(`${row.id}\u001f${right[index]?.id ?? ""}`));
    if (zipped.some((pair) => pair === undefined)) continue;
    for (const pair of zipped as Scored[]) {
      claimed.add(pair.existing.id);
      claimed.add(pair.incoming.id);
      matches.push(withoutGap({ ...pair, reasons: [...pair.reasons, mergeReasonText("alikeRowsPaired", { count: left.length })] }));
    }
  }
  return { matches, claimed };
}
