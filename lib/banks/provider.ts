/**
 * The contract between Fathom and a bank: OAuth-style linking plus raw data fetching. One module per
 * bank implements it and one registry line makes it available; the sync engine only sees this shape.
 * A real aggregator (Plaid, GoCardless) would be another implementation of the same interface.
 *
 * Providers return records exactly as the bank sent them (RawRecord.payload); normalizing each record
 * separately lets one malformed record be quarantined while the rest of the sync proceeds.
 */
import type { CanonicalAccount, CanonicalTransaction, NormalizeResult } from "@/lib/sync/normalize/canonical-transaction";

export type ProviderId = "bank-a" | "bank-b" | "bank-c";

export interface TokenSet {
  accessToken: string;
  /** Refresh tokens rotate: every refresh returns a new one and invalidates the old. */
  refreshToken: string | null;
  expiresAt: Date | null;
}

export interface AuthorizationRequest {
  state: string;
  /** PKCE S256 challenge: base64url(SHA-256(verifier)). */
  codeChallenge: string;
  redirectUri: string;
}

export interface RawRecord {
  /** The bank's id when the wire format has one, for diagnostics; normalizers decide the canonical id. */
  externalId?: string;
  /** JSON as received, or { raw: "<text>" } for text formats such as XML. */
  payload: unknown;
}

export interface TransactionPage {
  added: RawRecord[];
  modified: RawRecord[];
  /** Ids the bank says are gone (delta APIs only). */
  removed: { externalId: string }[];
  /** Opaque position of the next page within this sync; null when this was the last page. */
  nextPage: string | null;
  /** The sync cursor to persist once the last page is applied (null for banks without cursors). */
  cursorAfter: string | null;
  /**
   * Optional (banks with listing versions, i.e. ETags): the version of the listing this page belongs to.
   * The engine keeps the first page's version once the sync completes and sends it back as `knownVersion`.
   */
  listingVersion?: string | null;
  /** Optional: the bank says the listing still has `knownVersion`: nothing was added, changed or removed. */
  notModified?: boolean;
}

/** Where a transactions request starts or continues. */
export interface PagePosition {
  /** The saved sync cursor (delta banks) or a YYYY-MM-DD date (since banks; null lists everything). */
  cursor: string | null;
  /** Continues a sync; null for its first page. */
  page: string | null;
  /**
   * Optional: the listing version of the last complete sync. A provider whose bank supports conditional
   * listing sends it with the first page and may answer `notModified`; others ignore it.
   */
  knownVersion?: string | null;
}

/**
 * How a bank reports change: "delta" banks send added/modified/removed since a cursor; "snapshot"
 * banks list everything each time (removals are rows that stopped appearing); "since" banks list
 * rows on or after a date, with no cursor.
 */
export type ChangeModel = "delta" | "snapshot" | "since";

export interface BankProvider {
  id: ProviderId;
  displayName: string;
  changeModel: ChangeModel;
  /** Where the user's browser goes to consent at the bank. */
  authorizationUrl(request: AuthorizationRequest): string;
  exchangeCode(input: { code: string; codeVerifier: string; redirectUri: string }): Promise<TokenSet>;
  refreshTokens(refreshToken: string): Promise<TokenSet>;
  revokeGrant(token: string): Promise<void>;
  fetchAccounts(accessToken: string): Promise<RawRecord[]>;
  /**
   * `cursor` is the saved sync cursor (delta banks) or a YYYY-MM-DD date (since banks); `page` continues a
   * sync. A "since" bank must list at least every row dated on or after the date (it may list more).
   */
  fetchTransactionsPage(accessToken: string, position: PagePosition): Promise<TransactionPage>;
  normalizeAccount(record: RawRecord): NormalizeResult<CanonicalAccount>;
  normalizeTransaction(record: RawRecord): NormalizeResult<CanonicalTransaction>;
}

/** Why a provider call failed, in the terms the sync engine acts on. */
export type ProviderFailure =
  /** tokenExpired: only the access token lapsed, so one refresh may fix it before asking the user. */
  | { kind: "reauth_required"; message: string; tokenExpired?: boolean }
  | { kind: "rate_limited"; retryAfterMs: number }
  | { kind: "unavailable"; status: number }
  | { kind: "data_changed"; message: string }
  | { kind: "bad_response"; message: string };

export class ProviderError extends Error {
  constructor(readonly failure: ProviderFailure) {
    super(failure.kind === "rate_limited" ? `rate limited for ${failure.retryAfterMs} ms` : "message" in failure ? failure.message : `status ${failure.status}`);
    this.name = "ProviderError";
  }
}
