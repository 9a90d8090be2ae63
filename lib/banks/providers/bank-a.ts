/** Harbor Trust (BankA): JSON, newest first, offset cursors over the full list, no deltas, listing versions. */
import type { BankProvider, RawRecord, TransactionPage } from "@/lib/banks/provider";
import { ProviderError } from "@/lib/banks/provider";
import { normalizeBankAAccount, normalizeBankATransaction } from "@/lib/sync/normalize/normalize-bank-a";
import { createProviderHttp, readJsonBody, type ProviderOptions } from "./provider-http";

const PAGE_SIZE = "200";

function records(value: unknown, key: string, idField: string): RawRecord[] {
  const list = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) throw new ProviderError({ kind: "bad_response", message: `the response has no ${key} list` });
  return list.map((payload: unknown) => {
    const id = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>)[idField] : undefined;
    return typeof id === "string" ? { externalId: id, payload } : { payload };
  });
}

export interface BankAPageBody {
  transactions?: Array<{ txn_date?: unknown }>;
  next_cursor?: unknown;
  listing_version?: unknown;
  not_modified?: unknown;
}

/**
 * Harbor Trust lists newest first (by txn_date): once a page ends before `since`, every row dated on or
 * after it has been listed and paging stops. A page whose last date is unreadable does not stop it.
 */
export function bankAPage(body: BankAPageBody, since: string | null): Omit<TransactionPage, "added"> {
  const last = body.transactions?.at(-1)?.txn_date;
  const reachedSince = since !== null && typeof last === "string" && /^\d{4}-\d{2}-\d{2}$/.test(last) && last < since;
  const next = typeof body.next_cursor === "string" && !reachedSince ? body.next_cursor : null;
  return {
    modified: [],
    removed: [],
    nextPage: next,
    cursorAfter: null,
    listingVersion: typeof body.listing_version === "string" ? body.listing_version : null,
    notModified: body.not_modified === true,
  };
}

export function createBankAProvider(options: ProviderOptions = {}): BankProvider {
  const http = createProviderHttp("bank-a", options);
  return {
    id: "bank-a",
    displayName: "Harbor Trust Bank",
    // Newest first, so a "since" read stops after the page that reaches past the date (see sinceDone);
    // rows that stop appearing within what was read were removed.
    changeModel: "since",
    authorizationUrl: (request) => http.authorizationUrl(request),
    exchangeCode: ({ code, codeVerifier, redirectUri }) => http.requestTokens({ grant_type: "authorization_code", code, code_verifier: codeVerifier, redirect_uri: redirectUri }),
    refreshTokens: (refreshToken) => http.requestTokens({ grant_type: "refresh_token", refresh_token: refreshToken }),
    revokeGrant: (token) => http.revoke(token),
    async fetchAccounts(accessToken) {
      return records(await readJsonBody(await http.getResource("accounts", accessToken, {})), "accounts", "acc_id");
    },
    async fetchTransactionsPage(accessToken, position) {
      const query: Record<string, string> = { count: PAGE_SIZE };
      if (position.page) query.cursor = position.page;
      else if (position.knownVersion) query.unless_version = position.knownVersion;
      const body = await readJsonBody(await http.getResource("transactions", accessToken, query));
      const page = bankAPage(body as BankAPageBody, position.cursor);
      return { ...page, added: records(body, "transactions", "txn_id") };
    },
    normalizeAccount: (record) => normalizeBankAAccount(record.payload),
    normalizeTransaction: (record) => normalizeBankATransaction(record.payload),
  };
}
