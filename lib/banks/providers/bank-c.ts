/**
 * Kontor Sparkasse (BankC): ISO-8859-1 XML, page numbers and a `since` date instead of cursors.
 * Each record is kept verbatim as its XML element ({ raw }), so what the bank sent can be stored and
 * re-normalized later; normalizing parses that one element.
 */
import { encodeLatin1 } from "@/lib/banks/mock/bank-c";
import type { BankProvider, RawRecord } from "@/lib/banks/provider";
import { ProviderError } from "@/lib/banks/provider";
import type { NormalizeResult } from "@/lib/sync/normalize/canonical-transaction";
import {
  decodeLatin1,
  normalizeBankCAccount,
  normalizeBankCTransaction,
  parseBankCAccountsDocument,
  parseBankCTransactionsDocument,
} from "@/lib/sync/normalize/normalize-bank-c";
import { createProviderHttp, type ProviderOptions } from "./provider-http";

const PAGE_SIZE = "200";

function elements(text: string, name: string): string[] {
  return text.match(new RegExp(`<${name}>[\\s\\S]*?</${name}>`, "g")) ?? [];
}

function toRecords(text: string, name: string, idElement: string): RawRecord[] {
  return elements(text, name).map((raw) => {
    const id = new RegExp(`<${idElement}>([^<]*)</${idElement}>`).exec(raw)?.[1];
    return id ? { externalId: id, payload: { raw } } : { payload: { raw } };
  });
}

function rawOf(record: RawRecord): string | null {
  const raw = typeof record.payload === "object" && record.payload !== null ? (record.payload as { raw?: unknown }).raw : undefined;
  return typeof raw === "string" ? raw : null;
}

function parseOne(record: RawRecord, root: "TransactionList" | "AccountList"): NormalizeResult<unknown> {
  const raw = rawOf(record);
  if (raw === null) return { ok: false, reason: "payload: expected { raw: \"<xml element>\" }" };
  const bytes = encodeLatin1(root === "TransactionList" ? `<TransactionList page="1" pageCount="1">${raw}</TransactionList>` : `<AccountList>${raw}</AccountList>`);
  const parsed = root === "TransactionList" ? parseBankCTransactionsDocument(bytes) : parseBankCAccountsDocument(bytes);
  if (!parsed.ok) return parsed;
  const first = Array.isArray(parsed.value) ? parsed.value[0] : parsed.value.records[0];
  return first === undefined ? { ok: false, reason: "payload: the element is empty" } : { ok: true, value: first };
}

/**
 * The listing version attributes of a <TransactionList> root (a later addition to the bank's format, so
 * both are optional): `version`, and `notModified="true"` when page 1 was asked `unless_version` of it.
 */
export function readListingAttributes(text: string): { listingVersion: string | null; notModified: boolean } {
  const root = /<TransactionList\b[^>]*>/.exec(text)?.[0] ?? "";
  return { listingVersion: /\sversion="([^"]*)"/.exec(root)?.[1] ?? null, notModified: /\snotModified="true"/.test(root) };
}

/** YYYY-MM-DD (the sync engine's cursor) to the bank's own DD.MM.YYYY. */
function toLegacyDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new ProviderError({ kind: "bad_response", message: `cursor "${isoDate}" is not a YYYY-MM-DD date` });
  return `${match[3]}.${match[2]}.${match[1]}`;
}

export function createBankCProvider(options: ProviderOptions = {}): BankProvider {
  const http = createProviderHttp("bank-c", options);
  return {
    id: "bank-c",
    displayName: "Kontor Sparkasse",
    changeModel: "since",
    authorizationUrl: (request) => http.authorizationUrl(request),
    exchangeCode: ({ code, codeVerifier, redirectUri }) => http.requestTokens({ grant_type: "authorization_code", code, code_verifier: codeVerifier, redirect_uri: redirectUri }),
    refreshTokens: (refreshToken) => http.requestTokens({ grant_type: "refresh_token", refresh_token: refreshToken }),
    revokeGrant: (token) => http.revoke(token),
    async fetchAccounts(accessToken) {
      const text = decodeLatin1(new Uint8Array(await (await http.getResource("accounts", accessToken, {})).arrayBuffer()));
      if (!text.includes("<AccountList")) throw new ProviderError({ kind: "bad_response", message: "missing <AccountList> root element" });
      return toRecords(text, "Account", "AcctNo");
    },
    async fetchTransactionsPage(accessToken, position) {
      const page = position.page ?? "1";
      const query: Record<string, string> = { count: PAGE_SIZE, page };
      if (position.cursor) query.since = toLegacyDate(position.cursor);
      if (position.knownVersion && !position.page) query.unless_version = position.knownVersion;
      const bytes = new Uint8Array(await (await http.getResource("transactions", accessToken, query)).arrayBuffer());
      const document = parseBankCTransactionsDocument(bytes);
      if (!document.ok) throw new ProviderError({ kind: "bad_response", message: document.reason });
      const text = decodeLatin1(bytes);
      const added = toRecords(text, "Txn", "TxnRef");
      const nextPage = document.value.page < document.value.pageCount ? String(document.value.page + 1) : null;
      return { added, modified: [], removed: [], nextPage, cursorAfter: null, ...readListingAttributes(text) };
    },
    normalizeAccount(record) {
      const parsed = parseOne(record, "AccountList");
      return parsed.ok ? normalizeBankCAccount(parsed.value) : parsed;
    },
    normalizeTransaction(record) {
      const parsed = parseOne(record, "TransactionList");
      return parsed.ok ? normalizeBankCTransaction(parsed.value) : parsed;
    },
  };
}
