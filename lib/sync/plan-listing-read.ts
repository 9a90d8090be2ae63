/**
 * How a sync of a bank without deltas ("snapshot" or "since") reads the listing, and what it keeps
 * between syncs in BankConnection.syncCursor (unused by these banks otherwise): the listing version of
 * the last complete read and the day of the last full reconciliation, as JSON.
 *
 * - A "since" bank is read from a window: rows dated on or after `since` (today minus
 *   SINCE_OVERLAP_DAYS) are checked for vanishing, and the fetch starts FETCH_MARGIN_DAYS earlier so a
 *   late correction that moves a row's date back a few days is still seen rather than taken as removed.
 * - Once per calendar day (the user's today), and on a first sync, the whole listing is read instead: a
 *   full reconciliation, which finds rows older than the window that vanished.
 * - A windowed read sends the last listing version; a bank that still has it answers "not modified" and
 *   the sync is done. A since bank's full reconciliation never sends it (a row may have vanished outside
 *   earlier windows); a snapshot bank's reads are all full, so its version always may be sent.
 */
export const SINCE_OVERLAP_DAYS = 30;
export const FETCH_MARGIN_DAYS = 7;

export interface ListingState {
  version: string | null;
  /** YYYY-MM-DD of the last completed full read. */
  fullOn: string | null;
}

export interface ListingRead {
  /** Rows dated on or after it were all listed (null: everything was). Bounds the vanished check. */
  since: string | null;
  /** Passed to the provider as the cursor (a since date) or null for the whole listing. */
  fetchFrom: string | null;
  knownVersion: string | null;
  full: boolean;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function parseListingState(saved: string | null): ListingState {
  if (!saved) return { version: null, fullOn: null };
  try {
    const value = JSON.parse(saved) as { version?: unknown; fullOn?: unknown };
    return {
      version: typeof value.version === "string" ? value.version : null,
      fullOn: typeof value.fullOn === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.fullOn) ? value.fullOn : null,
    };
  } catch {
    return { version: null, fullOn: null };
  }
}

export function serializeListingState(state: ListingState): string {
  return JSON.stringify({ version: state.version, fullOn: state.fullOn });
}

export function planListingRead(input: { changeModel: "snapshot" | "since"; today: string; firstSync: boolean; state: ListingState }): ListingRead {
  // Every read of a snapshot bank is full, so its last version stands for a reconciled listing.
  if (input.changeModel === "snapshot") return { since: null, fetchFrom: null, knownVersion: input.firstSync ? null : input.state.version, full: true };
  const full = input.firstSync || input.state.fullOn === null || input.state.fullOn < input.today;
  if (full) return { since: null, fetchFrom: null, knownVersion: null, full: true };
  return { since: addDays(input.today, -SINCE_OVERLAP_DAYS), fetchFrom: addDays(input.today, -(SINCE_OVERLAP_DAYS + FETCH_MARGIN_DAYS)), knownVersion: input.state.version, full: false };
}

/** The state to save after a completed read: a "not modified" answer keeps the known version. */
export function nextListingState(read: ListingRead, previous: ListingState, today: string, version: string | null): ListingState {
  return { version, fullOn: read.full ? today : previous.fullOn };
}
