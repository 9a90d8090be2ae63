/** Harbor Trust (BankA): JSON, newest first, offset cursors over the full list, no deltas. */
import type { BankProvider, RawRecord } from "@/lib/banks/provider";
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

export function createBankAProvider(options: ProviderOptions = {}): BankProvider {
  const http = createProviderHttp("bank-a", options);
  return {
    id: "bank-a",
    displayName: "Harbor Trust Bank",
    // Every sync re-reads the whole list; rows that stop appearing were removed.
    changeModel: "snapshot",
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
      const body = await readJsonBody(await http.getResource("transactions", accessToken, query));
      const next = (body as { next_cursor?: unknown }).next_cursor;
      return { added: records(body, "transactions", "txn_id"), modified: [], removed: [], nextPage: typeof next === "string" ? next : null, cursorAfter: null };
    },
    normalizeAccount: (record) => normalizeBankAAccount(record.payload),
    normalizeTransaction: (record) => normalizeBankATransaction(record.payload),
  };
}
