import { isCurrencyCode } from "@/lib/money";
import { parseAmountText } from "./parse-amount-text";
import { toIsoDate } from "./parse-date-text";
import {
  assertNoEntityDeclarations,
  findAllElements,
  findChildElements,
  parseMarkup,
  readElementText,
  type MarkupElement,
} from "./parse-markup";
import { reject, type Rejection, rejectionOf } from "./rejection";
import {
  StatementParseError,
  type ParsedAccount,
  type ParsedTransaction,
  type RejectedRow,
  type StatedBalance,
} from "./types";

export interface ParseOfxOptions {
  /** Used when a statement has no CURDEF (some banks omit it). */
  defaultCurrency?: string;
}

export interface ParsedOfx {
  accounts: ParsedAccount[];
  rejected: RejectedRow[];
  warnings: string[];
}

/**
 * Parses OFX/QFX 1.x (SGML, unclosed leaf tags) and 2.x (XML). Every bank (STMTRS) and
 * credit-card (CCSTMTRS) statement in the file becomes one account. TRNAMT is already
 * signed from the account holder's view (negative = money out), so no sign flip happens here.
 */
export function parseOfx(text: string, options: ParseOfxOptions = {}): ParsedOfx {
  assertNoEntityDeclarations(text);
  const start = text.search(/<OFX[\s>]/i);
  if (start < 0) throw StatementParseError.of(reject("ofxNoRoot"));
  const root = parseMarkup(text.slice(start));
  const lineOffset = countLines(text, start);
  const statements = [...findAllElements(root, "STMTRS"), ...findAllElements(root, "CCSTMTRS")];
  const warnings: string[] = [];
  if (findAllElements(root, "INVSTMTRS").length > 0) {
    warnings.push("investment statements (INVSTMTRS) are not imported");
  }
  if (statements.length === 0 && warnings.length === 0) {
    throw StatementParseError.of(reject("ofxNoStatement"));
  }
  const rejected: RejectedRow[] = [];
  const accounts = statements
    .sort((a, b) => a.line - b.line)
    .map((statement) => readStatement(statement, options, lineOffset, rejected));
  return { accounts, rejected, warnings };
}

function readStatement(
  statement: MarkupElement,
  options: ParseOfxOptions,
  lineOffset: number,
  rejected: RejectedRow[],
): ParsedAccount {
  const declared = readElementText(statement, "CURDEF")?.toUpperCase();
  const currency = declared && isCurrencyCode(declared) ? declared : (options.defaultCurrency ?? "USD");
  const accountId =
    readElementText(statement, "BANKACCTFROM", "ACCTID") ??
    readElementText(statement, "CCACCTFROM", "ACCTID") ??
    readElementText(statement, "ACCTID");
  const transactions: ParsedTransaction[] = [];
  for (const record of findAllElements(statement, "STMTTRN")) {
    const line = record.line + lineOffset - 1;
    const result = readTransaction(record, currency, line);
    if ("reason" in result) rejected.push({ line, ...rejectionOf(result) });
    else transactions.push(result);
  }
  const account: ParsedAccount = { currency, transactions };
  if (accountId) account.accountId = accountId;
  const ledger = findChildElements(statement, "LEDGERBAL")[0] ?? findAllElements(statement, "LEDGERBAL")[0];
  const balance = ledger ? readBalance(ledger, currency) : undefined;
  if (balance) account.statedBalance = balance;
  return account;
}

function readTransaction(
  record: MarkupElement,
  statementCurrency: string,
  line: number,
): ParsedTransaction | Rejection {
  // A transaction in a foreign currency names it in CURRENCY/ORIGCURRENCY, but TRNAMT stays in the statement currency.
  const currency = statementCurrency;
  const amountText = readElementText(record, "TRNAMT");
  if (!amountText) return reject("ofxNoAmount");
  // Some European banks write OFX amounts with a decimal comma.
  const amount = parseAmountText(amountText, currency, /^[+-]?\d+,\d+$/.test(amountText) ? "," : ".");
  if (!amount.ok) return rejectionOf(amount);
  const dateText = readElementText(record, "DTPOSTED") ?? readElementText(record, "DTUSER");
  if (!dateText) return reject("ofxNoDate");
  const date = parseOfxDate(dateText);
  if (!date) return reject("ofxDateInvalid", { text: dateText });
  const name = readElementText(record, "NAME") ?? readElementText(record, "PAYEE", "NAME");
  const memo = readElementText(record, "MEMO");
  const transaction: ParsedTransaction = {
    line,
    date,
    amount: amount.amount,
    currency,
    description: name ?? memo ?? readElementText(record, "TRNTYPE") ?? "",
    raw: serializeElement(record),
  };
  const fitId = readElementText(record, "FITID");
  if (fitId) transaction.externalId = fitId;
  if (name) transaction.payee = name;
  if (memo && memo !== name) transaction.memo = memo;
  return transaction;
}

function readBalance(element: MarkupElement, currency: string): StatedBalance | undefined {
  const text = readElementText(element, "BALAMT");
  if (!text) return undefined;
  const amount = parseAmountText(text, currency, /^[+-]?\d+,\d+$/.test(text) ? "," : ".");
  if (!amount.ok) return undefined;
  const balance: StatedBalance = { amount: amount.amount };
  const asOf = readElementText(element, "DTASOF");
  const date = asOf ? parseOfxDate(asOf) : undefined;
  if (date) balance.date = date;
  return balance;
}

/** OFX dates are YYYYMMDD[HHMMSS[.XXX]][[+-]H:TZ]; the calendar date is the first eight digits. */
export function parseOfxDate(text: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(text.trim());
  if (!match) return undefined;
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function serializeElement(element: MarkupElement): string {
  const parts: string[] = [];
  const pending: Array<{ element: MarkupElement; closing: boolean }> = [{ element, closing: false }];
  while (parts.length < 200 && pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    if (next.closing) {
      parts.push(`</${next.element.name}>`);
      continue;
    }
    const text = next.element.text.trim();
    if (next.element.children.length === 0) {
      parts.push(`<${next.element.name}>${text}`);
      continue;
    }
    parts.push(`<${next.element.name}>`);
    pending.push({ element: next.element, closing: true });
    for (let i = next.element.children.length - 1; i >= 0; i -= 1) {
      const child = next.element.children[i];
      if (child) pending.push({ element: child, closing: false });
    }
  }
  return parts.join("\n");
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let i = 0; i < end; i += 1) if (text.charCodeAt(i) === 10) lines += 1;
  return lines;
}
