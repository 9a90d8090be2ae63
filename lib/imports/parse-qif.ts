import { detectDecimalSeparator, parseAmountText, type DecimalSeparator } from "./parse-amount-text";
import { expandYear, toIsoDate, type DateOrder } from "./parse-date-text";
import { reject, type Rejection, rejectionOf } from "./rejection";
import { StatementParseError, type ParsedAccount, type ParsedTransaction, type RejectedRow } from "./types";

export interface ParseQifOptions {
  /** QIF carries no currency; the user's account currency goes here. */
  defaultCurrency?: string;
  /** Overrides the day/month order guessed from the file. */
  dateOrder?: "dmy" | "mdy";
}

export interface ParsedQif {
  accounts: ParsedAccount[];
  rejected: RejectedRow[];
  warnings: string[];
}

/** Section types whose records are cash transactions; the rest (lists, investments) are not imported. */
const CASH_SECTIONS = new Set(["bank", "cash", "ccard", "oth a", "oth l", "invoice"]);

interface QifRecord {
  line: number;
  fields: Array<{ code: string; value: string }>;
}

interface QifSection {
  type: string;
  accountName?: string;
  records: QifRecord[];
}

/**
 * Parses QIF: `!Type:` sections of `^`-terminated records, one field per line keyed by its first
 * character. `!Account` blocks name the account the following section belongs to, so one file
 * can hold several accounts. The T amount is signed from the account holder's view.
 */
export function parseQif(text: string, options: ParseQifOptions = {}): ParsedQif {
  const sections = splitSections(text);
  const cashSections = sections.filter((s) => CASH_SECTIONS.has(s.type));
  const warnings: string[] = [];
  const skipped = sections.filter((s) => !CASH_SECTIONS.has(s.type) && s.type !== "account" && s.records.length > 0);
  for (const type of new Set(skipped.map((s) => s.type))) {
    if (type === "invst") warnings.push("investment transactions (!Type:Invst) are not imported");
  }
  if (cashSections.length === 0) {
    if (skipped.some((s) => s.type === "invst")) return { accounts: [], rejected: [], warnings };
    throw StatementParseError.of(reject("qifNoTransactions"));
  }
  const records = cashSections.flatMap((s) => s.records);
  const dateOrder = options.dateOrder ?? detectQifDateOrder(records.map((r) => fieldValue(r, "D") ?? ""));
  const decimal = detectDecimalSeparator(records.map((r) => fieldValue(r, "T") ?? fieldValue(r, "U") ?? ""));
  const currency = options.defaultCurrency ?? "USD";
  const rejected: RejectedRow[] = [];
  const byAccount = new Map<string, ParsedAccount>();
  for (const section of cashSections) {
    const key = section.accountName ?? "";
    let account = byAccount.get(key);
    if (!account) {
      account = { currency, transactions: [] };
      if (section.accountName) account.accountId = section.accountName;
      byAccount.set(key, account);
    }
    for (const record of section.records) {
      const result = readRecord(record, { dateOrder, decimal, currency });
      if ("reason" in result) rejected.push({ line: record.line, ...rejectionOf(result) });
      else account.transactions.push(result);
    }
  }
  return { accounts: [...byAccount.values()], rejected, warnings };
}

function splitSections(text: string): QifSection[] {
  const sections: QifSection[] = [];
  let current: QifSection | undefined;
  let pendingAccount: string | undefined;
  let record: QifRecord | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/^\uFEFF/, "");
    const trimmed = line.trim();
    if (trimmed.length === 0) return;
    if (trimmed.startsWith("!")) {
      const header = trimmed.slice(1).toLowerCase();
      if (header.startsWith("type:")) {
        const type = header.slice(5).trim();
        current = { type, records: [] };
        if (pendingAccount !== undefined && CASH_SECTIONS.has(type)) current.accountName = pendingAccount;
        sections.push(current);
      } else if (header.startsWith("account")) {
        current = { type: "account", records: [] };
        sections.push(current);
      }
      // !Option:AutoSwitch and !Clear:AutoSwitch only toggle Quicken's account-list mode.
      record = undefined;
      return;
    }
    if (trimmed.startsWith("#")) return;
    if (!current) {
      current = { type: "bank", records: [] };
      sections.push(current);
    }
    if (trimmed.startsWith("^")) {
      if (record && current.type === "account") pendingAccount = fieldValue(record, "N") ?? pendingAccount;
      record = undefined;
      return;
    }
    if (!record) {
      record = { line: index + 1, fields: [] };
      current.records.push(record);
    }
    record.fields.push({ code: line.charAt(0).toUpperCase(), value: line.slice(1).trim() });
  });
  return sections;
}

function fieldValue(record: QifRecord, code: string): string | undefined {
  return record.fields.find((f) => f.code === code)?.value;
}

interface RecordContext {
  dateOrder: DateOrder;
  decimal: DecimalSeparator;
  currency: string;
}

function readRecord(record: QifRecord, context: RecordContext): ParsedTransaction | Rejection {
  const raw = record.fields.map((f) => `${f.code}${f.value}`).join("\n");
  const dateText = fieldValue(record, "D");
  if (dateText === undefined) return reject("qifNoDate");
  const date = parseQifDate(dateText, context.dateOrder);
  if (!date) return reject("dateInvalid", { text: dateText });
  const amountText = fieldValue(record, "T") ?? fieldValue(record, "U");
  if (amountText === undefined) return reject("qifNoAmount");
  const amount = parseAmountText(amountText, context.currency, context.decimal);
  if (!amount.ok) return rejectionOf(amount);
  const payee = fieldValue(record, "P");
  const memo = fieldValue(record, "M");
  const category = fieldValue(record, "L");
  const transaction: ParsedTransaction = {
    line: record.line,
    date,
    amount: amount.amount,
    currency: context.currency,
    description: payee || memo || category || "",
    raw,
  };
  if (payee) transaction.payee = payee;
  if (memo) transaction.memo = memo;
  if (category) transaction.category = category;
  const checkNumber = fieldValue(record, "N");
  if (checkNumber) transaction.externalId = `check:${checkNumber}`;
  const splits = record.fields.filter((f) => f.code === "S").length;
  if (splits > 0 && !category) transaction.category = fieldValue(record, "S") ?? "";
  return transaction;
}

// Quicken writes "1/ 2'98", "12/25/2003", "25.12.03" and, around Y2K, "03/25/099": the separator
// before the year is "/", "'" (often meaning 20xx), "." or "-". Trailing text after the year is ignored.
const QIF_DATE = /^\s{0,4}(\d{1,4})\s{0,2}[/.\-]\s{0,2}(\d{1,2})\s{0,2}([/.\-'])\s{0,2}(\d{1,4})/;

/** Parses one QIF date under the given order; ISO-like dates with a 4-digit first part ignore the order. */
export function parseQifDate(text: string, order: DateOrder): string | undefined {
  const match = QIF_DATE.exec(text);
  if (!match) return undefined;
  const [, a = "", b = "", separator = "", c = ""] = match;
  if (a.length === 4) return toIsoDate(Number(a), Number(b), Number(c));
  let year = expandYear(c);
  // An apostrophe year of two digits means 2000+ in Quicken's own convention.
  if (separator === "'" && c.length <= 2) year = 2000 + Number(c) - (Number(c) >= 70 ? 100 : 0);
  if (order === "mdy") return toIsoDate(year, Number(a), Number(b));
  return toIsoDate(year, Number(b), Number(a));
}

function detectQifDateOrder(dates: readonly string[]): "dmy" | "mdy" {
  let mdy = 0;
  let dmy = 0;
  let dotted = 0;
  for (const date of dates) {
    if (parseQifDate(date, "mdy")) mdy += 1;
    if (parseQifDate(date, "dmy")) dmy += 1;
    if (/^\s*\d{1,2}\.\d{1,2}\./.test(date)) dotted += 1;
  }
  if (mdy !== dmy) return mdy > dmy ? "mdy" : "dmy";
  // Dotted dates are a European habit; slashes in QIF are overwhelmingly US month-first.
  return dotted > dates.length / 2 ? "dmy" : "mdy";
}
