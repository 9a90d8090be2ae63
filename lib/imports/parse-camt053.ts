import { isCurrencyCode } from "@/lib/money";
import { parseAmountText } from "./parse-amount-text";
import { parseDateText } from "./parse-date-text";
import {
  findAllElements,
  findChildElements,
  findElement,
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

export interface ParseCamt053Options {
  defaultCurrency?: string;
}

export interface ParsedCamt053 {
  accounts: ParsedAccount[];
  rejected: RejectedRow[];
  warnings: string[];
}

/**
 * Parses ISO 20022 bank-to-customer statements (camt.053; camt.052 reports and camt.054
 * notifications share the Ntry shape and parse too). Amounts are unsigned in the file;
 * CdtDbtInd carries the sign: DBIT is money out and becomes negative here.
 */
export function parseCamt053(text: string, options: ParseCamt053Options = {}): ParsedCamt053 {
  const root = parseMarkup(text);
  const statements = ["Stmt", "Rpt", "Ntfctn"].flatMap((name) => findAllElements(root, name));
  if (statements.length === 0) {
    throw StatementParseError.of(reject("camtNoStatement"));
  }
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const accounts = statements.map((statement) => readStatement(statement, options, rejected, warnings));
  return { accounts, rejected, warnings };
}

function readStatement(
  statement: MarkupElement,
  options: ParseCamt053Options,
  rejected: RejectedRow[],
  warnings: string[],
): ParsedAccount {
  const acct = findChildElements(statement, "Acct")[0];
  const declared = acct ? readElementText(acct, "Ccy")?.toUpperCase() : undefined;
  const entries = findChildElements(statement, "Ntry");
  const firstEntryCurrency = entries[0] ? findChildElements(entries[0], "Amt")[0]?.attributes.Ccy : undefined;
  const currency = [declared, firstEntryCurrency, options.defaultCurrency, "EUR"].find(
    (c): c is string => c !== undefined && isCurrencyCode(c),
  ) ?? "EUR";
  const transactions: ParsedTransaction[] = [];
  for (const entry of entries) {
    const result = readEntry(entry, currency);
    if ("reason" in result) rejected.push({ line: entry.line, ...rejectionOf(result) });
    else transactions.push(result);
  }
  const account: ParsedAccount = { currency, transactions };
  const accountId = acct ? (readElementText(acct, "IBAN") ?? readElementText(acct, "Id", "Othr", "Id")) : undefined;
  if (accountId) account.accountId = accountId;
  for (const balance of findChildElements(statement, "Bal")) {
    const code = readElementText(balance, "Tp", "Cd")?.toUpperCase();
    const parsed = readBalance(balance, currency);
    if (!parsed) continue;
    if (code === "OPBD" || (code === "PRCD" && !account.openingBalance)) account.openingBalance = parsed;
    if (code === "CLBD") account.statedBalance = parsed;
  }
  checkStatedEntryCount(statement, transactions.length, warnings);
  return account;
}

function readEntry(entry: MarkupElement, currency: string): ParsedTransaction | Rejection {
  const amountElement = findChildElements(entry, "Amt")[0];
  if (!amountElement) return reject("camtNoAmount");
  const entryCurrency = (amountElement.attributes.Ccy ?? currency).toUpperCase();
  if (!isCurrencyCode(entryCurrency)) return reject("currencyInvalid", { text: entryCurrency });
  const parsed = parseAmountText(amountElement.text, entryCurrency);
  if (!parsed.ok) return rejectionOf(parsed);
  const indicator = readElementText(entry, "CdtDbtInd")?.toUpperCase();
  if (indicator !== "CRDT" && indicator !== "DBIT") return reject("camtNoDirection");
  // The file's amounts are unsigned; DBIT means the money left the account.
  const amount = indicator === "DBIT" ? -Math.abs(parsed.amount) : Math.abs(parsed.amount);
  const dateText =
    readElementText(entry, "BookgDt", "Dt") ??
    readElementText(entry, "BookgDt", "DtTm") ??
    readElementText(entry, "ValDt", "Dt") ??
    readElementText(entry, "ValDt", "DtTm");
  if (!dateText) return reject("camtNoDate");
  const date = parseDateText(dateText, "ymd");
  if (!date) return reject("dateInvalid", { text: dateText });
  const unstructured = findAllElements(entry, "Ustrd")
    .map((e) => e.text.trim())
    .filter((t) => t.length > 0);
  const party = indicator === "DBIT" ? "Cdtr" : "Dbtr";
  const payee = readPartyName(entry, party);
  const additional = readElementText(entry, "AddtlNtryInf") ?? readElementText(entry, "AddtlTxInf");
  const description = unstructured.join(" ") || additional || payee || "";
  const transaction: ParsedTransaction = {
    line: entry.line,
    date,
    amount: amount === 0 ? 0 : amount,
    currency: entryCurrency,
    description,
    raw: `<Ntry> ${indicator} ${amountElement.text.trim()} ${entryCurrency} ${dateText} ${description}`.trim(),
  };
  const reference =
    readElementText(entry, "AcctSvcrRef") ?? readElementText(entry, "NtryRef") ?? readElementText(entry, "EndToEndId");
  if (reference && reference !== "NOTPROVIDED") transaction.externalId = reference;
  if (payee) transaction.payee = payee;
  if (additional && additional !== description) transaction.memo = additional;
  return transaction;
}

/** camt.053.001.02 puts the name at RltdPties/Cdtr/Nm; .08 and later at RltdPties/Cdtr/Pty/Nm. */
function readPartyName(entry: MarkupElement, party: "Cdtr" | "Dbtr"): string | undefined {
  const related = findElement(entry, "RltdPties");
  if (!related) return undefined;
  const element = findAllElements(related, party)[0];
  return element ? readElementText(element, "Nm") : undefined;
}

function readBalance(balance: MarkupElement, currency: string): StatedBalance | undefined {
  const amountElement = findChildElements(balance, "Amt")[0];
  if (!amountElement) return undefined;
  const parsed = parseAmountText(amountElement.text, amountElement.attributes.Ccy ?? currency);
  if (!parsed.ok) return undefined;
  const negative = readElementText(balance, "CdtDbtInd")?.toUpperCase() === "DBIT";
  const result: StatedBalance = { amount: negative ? -Math.abs(parsed.amount) : parsed.amount };
  const dateText = readElementText(balance, "Dt", "Dt") ?? readElementText(balance, "Dt", "DtTm");
  const date = dateText ? parseDateText(dateText, "ymd") : undefined;
  if (date) result.date = date;
  return result;
}

function checkStatedEntryCount(statement: MarkupElement, parsedCount: number, warnings: string[]): void {
  const summary = findChildElements(statement, "TxsSummry")[0];
  const stated = summary ? readElementText(summary, "TtlNtries", "NbOfNtries") : undefined;
  if (stated && /^\d+$/.test(stated) && Number(stated) !== parsedCount) {
    warnings.push(`the statement says it has ${stated} entries but ${parsedCount} were imported`);
  }
}
