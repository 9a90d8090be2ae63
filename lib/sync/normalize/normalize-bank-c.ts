import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { parseDecimalToMinor } from "@/lib/money";
import {
  compact,
  isCalendarDate,
  zodFailure,
  finishAccount,
  finishTransaction,
  requiredString,
  type CanonicalAccount,
  type CanonicalTransaction,
  type NormalizeResult,
} from "./canonical-transaction";

export const BankCTransactionSchema = z.object({
  TxnRef: requiredString().min(1),
  AcctNo: requiredString().min(1),
  TxnDate: requiredString(),
  Amount: requiredString(),
  Ccy: requiredString(),
  Memo: requiredString(),
  Status: z.enum(["PDNG", "BOOK"], { error: "must be PDNG or BOOK" }),
});

export const BankCAccountSchema = z.object({
  AcctNo: requiredString().min(1),
  Name: requiredString(),
  Type: z.enum(["CURRENT", "SAVINGS", "CARD"], { error: "must be CURRENT, SAVINGS or CARD" }),
  Ccy: requiredString(),
  Mask: z.string().optional(),
  Balance: requiredString(),
  AvailBalance: z.string().optional(),
});

const ACCOUNT_TYPES = { CURRENT: "checking", SAVINGS: "savings", CARD: "credit_card" } as const;

const LEGACY_AMOUNT_PATTERN = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(-)?$/;

/** "1.234,56-" -> -123456: dots group thousands, the comma is the decimal mark, a trailing "-" means money out. */
export function parseLegacyAmount(text: string, currency: string, field = "Amount"): NormalizeResult<number> {
  const match = LEGACY_AMOUNT_PATTERN.exec(text.trim());
  if (!match) return { ok: false, reason: `${field}: "${text.slice(0, 40)}" is not an amount like 1.234,56-`, code: "fieldNotAmount", params: { field, text: text.slice(0, 40) } };
  const [, whole = "", fraction, minus] = match;
  try {
    const magnitude = parseDecimalToMinor(`${whole.replace(/\./g, "")}${fraction === undefined ? "" : `.${fraction}`}`, currency);
    // The trailing minus is BankC's only sign: it marks a debit, i.e. money out, which is negative in canonical form.
    return { ok: true, value: minus === "-" ? -magnitude : magnitude };
  } catch (error) {
    return { ok: false, reason: `${field}: ${error instanceof Error ? error.message : "is not an amount"}`, code: "fieldNotAmount", params: { field, text: text.slice(0, 40) } };
  }
}

export function parseLegacyDate(text: string, field = "TxnDate"): NormalizeResult<string> {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!match || !isCalendarDate(Number(match[3]), Number(match[2]), Number(match[1]))) {
    return { ok: false, reason: `${field}: "${text.slice(0, 40)}" is not a real DD.MM.YYYY date`, code: "fieldNotDate", params: { field, text: text.slice(0, 40) } };
  }
  return { ok: true, value: `${match[3]}-${match[2]}-${match[1]}` };
}

export function normalizeBankCTransaction(raw: unknown): NormalizeResult<CanonicalTransaction> {
  const parsed = BankCTransactionSchema.safeParse(raw);
  if (!parsed.success) return zodFailure(parsed.error);
  const record = parsed.data;
  const amount = parseLegacyAmount(record.Amount, record.Ccy);
  if (!amount.ok) return amount;
  const date = parseLegacyDate(record.TxnDate);
  if (!date.ok) return date;
  return finishTransaction({
    externalId: record.TxnRef,
    accountExternalId: record.AcctNo,
    amount: amount.value,
    currency: record.Ccy,
    pending: record.Status === "PDNG",
    date: date.value,
    description: record.Memo.trim(),
  });
}

export function normalizeBankCAccount(raw: unknown): NormalizeResult<CanonicalAccount> {
  const parsed = BankCAccountSchema.safeParse(raw);
  if (!parsed.success) return zodFailure(parsed.error);
  const record = parsed.data;
  const current = parseLegacyAmount(record.Balance, record.Ccy, "Balance");
  if (!current.ok) return current;
  let available: number | undefined;
  if (record.AvailBalance !== undefined) {
    const parsedAvailable = parseLegacyAmount(record.AvailBalance, record.Ccy, "AvailBalance");
    if (!parsedAvailable.ok) return parsedAvailable;
    available = parsedAvailable.value;
  }
  return finishAccount(
    compact({
      externalId: record.AcctNo,
      name: record.Name,
      type: ACCOUNT_TYPES[record.Type],
      currency: record.Ccy,
      currentBalance: current.value,
      availableBalance: available,
      mask: record.Mask || undefined,
    }),
  );
}

/**
 * ISO-8859-1 maps each byte to the code point of the same value, so decoding is exact without TextDecoder's
 * windows-1252 aliasing; Node's "latin1" is that mapping, natively.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Keep every value a string: "007" refs and "1.234,56-" amounts must not be coerced to numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === "Txn" || name === "Account",
});

export interface BankCTransactionsDocument {
  page: number;
  pageCount: number;
  total: number;
  /** Raw records for normalizeBankCTransaction, one at a time so a bad one can be quarantined. */
  records: unknown[];
}

function readRoot(bytes: Uint8Array, root: string): NormalizeResult<Record<string, unknown>> {
  let document: unknown;
  try {
    document = parser.parse(decodeLatin1(bytes));
  } catch (error) {
    return { ok: false, reason: `not well-formed XML: ${error instanceof Error ? error.message : "parse error"}` };
  }
  const node = typeof document === "object" && document !== null ? (document as Record<string, unknown>)[root] : undefined;
  if (typeof node !== "object" || node === null) return { ok: false, reason: `missing <${root}> root element` };
  return { ok: true, value: node as Record<string, unknown> };
}

export function parseBankCTransactionsDocument(bytes: Uint8Array): NormalizeResult<BankCTransactionsDocument> {
  const root = readRoot(bytes, "TransactionList");
  if (!root.ok) return root;
  const page = Number(root.value["@page"]);
  const pageCount = Number(root.value["@pageCount"]);
  const total = Number(root.value["@total"] ?? "0");
  if (!Number.isInteger(page) || !Number.isInteger(pageCount)) return { ok: false, reason: "page and pageCount attributes must be integers" };
  const records = root.value.Txn;
  return { ok: true, value: { page, pageCount, total, records: Array.isArray(records) ? records : [] } };
}

export function parseBankCAccountsDocument(bytes: Uint8Array): NormalizeResult<unknown[]> {
  const root = readRoot(bytes, "AccountList");
  if (!root.ok) return root;
  const records = root.value.Account;
  return { ok: true, value: Array.isArray(records) ? records : [] };
}
