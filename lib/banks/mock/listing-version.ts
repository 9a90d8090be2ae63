import { createHash } from "node:crypto";
import type { BankView, BankViewTransaction } from "@/lib/generator/bank-view-at";

/**
 * A listing version (what an HTTP ETag would carry) for the transactions a bank shows: a hash of every
 * field a client stores, per account filter. Equal versions mean equal listings, so a client that sends
 * the version of its last complete sync (`unless_version`) gets "not modified" instead of every page.
 * Views are cached per instant and never mutated, so each is hashed once per account filter.
 */
const versions = new WeakMap<BankView, Map<string, string>>();

const listings = new WeakMap<BankView, Map<string, BankViewTransaction[]>>();

/**
 * The view's rows for one listing (filter and order), computed once per view: every page of a sync asks
 * for the same listing, and re-sorting 10,000 rows per page cost more than rendering the page.
 */
export function cachedListing(view: BankView, key: string, build: () => BankViewTransaction[]): BankViewTransaction[] {
  let byKey = listings.get(view);
  if (!byKey) listings.set(view, (byKey = new Map()));
  let rows = byKey.get(key);
  if (!rows) byKey.set(key, (rows = build()));
  return rows;
}

export function listingVersion(view: BankView, accountId?: string): string {
  let byFilter = versions.get(view);
  if (!byFilter) versions.set(view, (byFilter = new Map()));
  const key = accountId ?? "";
  let version = byFilter.get(key);
  if (version === undefined) {
    const hash = createHash("sha256");
    for (const tx of view.transactions) {
      if (accountId !== undefined && tx.accountId !== accountId) continue;
      hash.update(`${tx.id}\u001f${tx.accountId}\u001f${tx.date}\u001f${tx.amount}\u001f${tx.currency}\u001f${tx.pending}\u001f${tx.postedAt ?? ""}\u001f${tx.authorizedAt}\u001f${tx.description}\u001e`);
    }
    version = `v1.${hash.digest("base64url").slice(0, 27)}`;
    byFilter.set(key, version);
  }
  return version;
}
