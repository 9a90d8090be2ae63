/**
 * A BankProvider over a generated dataset: its fetch methods call the mock banks' pure request handler
 * (the real bank logic: views over time, paging, cursors, faults) without HTTP or OAuth. Used by the
 * sync integration tests, the dedup evaluation and the benchmark; the app uses lib/banks/registry.
 */
import { handleMockBankRequest } from "@/lib/banks/mock/handle-mock-bank-request";
import { FaultConfigSchema, type FaultConfigInput } from "@/lib/banks/mock/decide-fault";
import { ProviderError, type BankProvider, type PagePosition, type ProviderId, type RawRecord, type TransactionPage } from "@/lib/banks/provider";
import { bankAPage, type BankAPageBody } from "@/lib/banks/providers/bank-a";
import { readListingAttributes } from "@/lib/banks/providers/bank-c";
import type { GeneratedDataset } from "@/lib/generator/types";
import { normalizeBankAAccount, normalizeBankATransaction } from "./normalize/normalize-bank-a";
import { normalizeBankBAccount, normalizeBankBTransaction } from "./normalize/normalize-bank-b";
import { decodeLatin1, normalizeBankCAccount, normalizeBankCTransaction, parseBankCAccountsDocument, parseBankCTransactionsDocument } from "./normalize/normalize-bank-c";

export interface DatasetProviderOptions {
  dataset: GeneratedDataset;
  bank: ProviderId;
  /** The simulated bank clock; change `instant` between syncs to move time forward. */
  clock: { instant: string };
  faults?: FaultConfigInput;
  random?: () => number;
  pageSize?: number;
  /**
   * The bank's successful responses by request and clock instant, reused when the same request comes again:
   * bench:sync fills it before timing, so a timed sync pays for receiving and parsing pages, as it would
   * over HTTP, not for the mock bank rendering them in the same process. (Faults are decided per request,
   * so a provider with faults should not share one.)
   */
  responseCache?: Map<string, string | Uint8Array>;
}

function bodyText(body: string | Uint8Array, bank: ProviderId): string {
  return typeof body === "string" ? body : bank === "bank-c" ? decodeLatin1(body) : new TextDecoder().decode(body);
}

/** The start of an XML body, enough for its root element's attributes (decoding a whole page costs ~10 ms). */
function rootText(body: string | Uint8Array): string {
  return typeof body === "string" ? body.slice(0, 1024) : decodeLatin1(body.subarray(0, 1024));
}

export function createDatasetProvider(options: DatasetProviderOptions): BankProvider {
  const { dataset, bank, clock } = options;
  const faults = FaultConfigSchema.parse(options.faults ?? {});
  const random = options.random ?? Math.random;
  const count = String(options.pageSize ?? 500);

  function request(resource: "accounts" | "transactions", query: Record<string, string>): string | Uint8Array {
    const cacheKey = options.responseCache ? JSON.stringify([resource, query, clock.instant]) : "";
    const cached = options.responseCache?.get(cacheKey);
    if (cached !== undefined) return cached;
    const response = handleMockBankRequest(dataset, { bank, resource, query }, { instant: clock.instant, faults, random });
    if (response.status === 429) {
      throw new ProviderError({ kind: "rate_limited", retryAfterMs: Number(response.headers["retry-after"] ?? "1") * 1000 });
    }
    if (response.status >= 500) throw new ProviderError({ kind: "unavailable", status: response.status });
    if (response.status !== 200) throw new ProviderError({ kind: "bad_response", message: `${bodyText(response.body, bank).slice(0, 200)} (HTTP ${response.status})` });
    options.responseCache?.set(cacheKey, response.body);
    return response.body;
  }

  const normalizers = {
    "bank-a": { account: normalizeBankAAccount, transaction: normalizeBankATransaction },
    "bank-b": { account: normalizeBankBAccount, transaction: normalizeBankBTransaction },
    "bank-c": { account: normalizeBankCAccount, transaction: normalizeBankCTransaction },
  }[bank];

  async function fetchTransactionsPage(_token: string, position: PagePosition): Promise<TransactionPage> {
    if (bank === "bank-a") {
      const query: Record<string, string> = { count };
      if (position.page) query.cursor = position.page;
      else if (position.knownVersion) query.unless_version = position.knownVersion;
      const body = JSON.parse(bodyText(request("transactions", query), bank)) as BankAPageBody & { transactions: Array<{ txn_id: string }> };
      return { ...bankAPage(body, position.cursor), added: body.transactions.map((t) => ({ externalId: (t as { txn_id: string }).txn_id, payload: t })) };
    }
    if (bank === "bank-b") {
      const cursor = position.page ?? position.cursor;
      const body = JSON.parse(bodyText(request("transactions", { count, ...(cursor ? { cursor } : {}) }), bank)) as {
        added: Array<{ id: string }>;
        modified: Array<{ id: string }>;
        removed: Array<{ transactionId: string }>;
        nextCursor: string;
        hasMore: boolean;
      };
      const wrap = (records: Array<{ id: string }>): RawRecord[] => records.map((r) => ({ externalId: r.id, payload: r }));
      return {
        added: wrap(body.added),
        modified: wrap(body.modified),
        removed: body.removed.map((r) => ({ externalId: r.transactionId })),
        nextPage: body.hasMore ? body.nextCursor : null,
        cursorAfter: body.nextCursor,
      };
    }
    const page = position.page ?? "1";
    const query: Record<string, string> = { count, page };
    if (position.cursor) query.since = position.cursor;
    if (position.knownVersion && !position.page) query.unless_version = position.knownVersion;
    const bytes = request("transactions", query);
    const document = parseBankCTransactionsDocument(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
    if (!document.ok) throw new ProviderError({ kind: "bad_response", message: document.reason });
    const added = document.value.records.map((record) => ({ externalId: (record as { TxnRef?: string }).TxnRef, payload: record }));
    const nextPage = document.value.page < document.value.pageCount ? String(document.value.page + 1) : null;
    return { added, modified: [], removed: [], nextPage, cursorAfter: null, ...readListingAttributes(rootText(bytes)) };
  }

  return {
    id: bank,
    displayName: `Dataset ${bank}`,
    changeModel: bank === "bank-b" ? "delta" : "since",
    authorizationUrl: () => "about:blank",
    exchangeCode: async () => ({ accessToken: "dataset", refreshToken: null, expiresAt: null }),
    refreshTokens: async () => ({ accessToken: "dataset", refreshToken: null, expiresAt: null }),
    revokeGrant: async () => undefined,
    async fetchAccounts() {
      const body = request("accounts", {});
      if (bank === "bank-c") {
        const parsed = parseBankCAccountsDocument(typeof body === "string" ? new TextEncoder().encode(body) : body);
        if (!parsed.ok) throw new ProviderError({ kind: "bad_response", message: parsed.reason });
        return parsed.value.map((payload) => ({ payload }));
      }
      return (JSON.parse(bodyText(body, bank)) as { accounts: unknown[] }).accounts.map((payload) => ({ payload }));
    },
    fetchTransactionsPage,
    normalizeAccount: (record) => normalizers.account(record.payload),
    normalizeTransaction: (record) => normalizers.transaction(record.payload),
  };
}

/** Wraps a provider so it fails after `pages` transaction pages: a sync killed between pages. */
export function failAfterPages(provider: BankProvider, pages: number, error: Error = new Error("sync process killed")): BankProvider {
  let served = 0;
  return {
    ...provider,
    async fetchTransactionsPage(token, position) {
      if (served >= pages) throw error;
      served += 1;
      return provider.fetchTransactionsPage(token, position);
    },
  };
}
