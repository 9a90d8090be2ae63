/** Nimbus (BankB): JSON deltas since a cursor (added, modified, removed), Plaid-style paging with hasMore. */
import type { BankProvider, RawRecord } from "@/lib/banks/provider";
import { ProviderError } from "@/lib/banks/provider";
import { normalizeBankBAccount, normalizeBankBTransaction } from "@/lib/sync/normalize/normalize-bank-b";
import { createProviderHttp, readJsonBody, type ProviderOptions } from "./provider-http";

const PAGE_SIZE = "200";

function list(value: unknown, key: string): unknown[] {
  const found = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(found)) throw new ProviderError({ kind: "bad_response", message: `the response has no ${key} list` });
  return found;
}

function toRecords(items: unknown[]): RawRecord[] {
  return items.map((payload) => {
    const id = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>).id : undefined;
    return typeof id === "string" ? { externalId: id, payload } : { payload };
  });
}

export function createBankBProvider(options: ProviderOptions = {}): BankProvider {
  const http = createProviderHttp("bank-b", options);
  return {
    id: "bank-b",
    displayName: "Nimbus",
    changeModel: "delta",
    authorizationUrl: (request) => http.authorizationUrl(request),
    exchangeCode: ({ code, codeVerifier, redirectUri }) => http.requestTokens({ grant_type: "authorization_code", code, code_verifier: codeVerifier, redirect_uri: redirectUri }),
    refreshTokens: (refreshToken) => http.requestTokens({ grant_type: "refresh_token", refresh_token: refreshToken }),
    revokeGrant: (token) => http.revoke(token),
    async fetchAccounts(accessToken) {
      return toRecords(list(await readJsonBody(await http.getResource("accounts", accessToken, {})), "accounts"));
    },
    async fetchTransactionsPage(accessToken, position) {
      const query: Record<string, string> = { count: PAGE_SIZE };
      // Within a sync the page cursor continues the session; a new sync starts from the saved cursor.
      const cursor = position.page ?? position.cursor;
      if (cursor) query.cursor = cursor;
      const body = await readJsonBody(await http.getResource("transactions", accessToken, query));
      const { nextCursor, hasMore } = body as { nextCursor?: unknown; hasMore?: unknown };
      if (typeof nextCursor !== "string" || typeof hasMore !== "boolean") throw new ProviderError({ kind: "bad_response", message: "the sync page has no nextCursor or hasMore" });
      const removed = list(body, "removed").flatMap((item) => {
        const id = typeof item === "object" && item !== null ? (item as Record<string, unknown>).transactionId : undefined;
        return typeof id === "string" ? [{ externalId: id }] : [];
      });
      return {
        added: toRecords(list(body, "added")),
        modified: toRecords(list(body, "modified")),
        removed,
        nextPage: hasMore ? nextCursor : null,
        cursorAfter: hasMore ? null : nextCursor,
      };
    },
    normalizeAccount: (record) => normalizeBankBAccount(record.payload),
    normalizeTransaction: (record) => normalizeBankBTransaction(record.payload),
  };
}
