import { parseAmountText } from "./parse-amount-text";
import { parseDateText } from "./parse-date-text";
import { detectCsvDelimiter, splitCsvRows, type CsvDelimiter, type CsvRow } from "./split-csv-rows";
import { suggestCsvMapping, type CsvMapping } from "./suggest-csv-mapping";
import { inCell, reject, type Rejection, rejectionOf } from "./rejection";
import { StatementParseError, type ParsedAccount, type ParsedTransaction, type RejectedRow } from "./types";

export interface ParseCsvOptions {
  /** A saved or user-confirmed mapping; without one the mapping is guessed. */
  mapping?: CsvMapping;
  delimiter?: CsvDelimiter;
  /** Currency when neither a column nor a hint in the file names one. */
  defaultCurrency?: string;
}

export interface CsvLayout {
  delimiter: CsvDelimiter;
  /** Header cells, or "Column 1".. when the file has no header row. */
  headers: string[];
  /** Line of the header row, when there is one. */
  headerLine?: number;
  /** Rows after the header (or after the preamble when headerless). */
  dataRows: CsvRow[];
  /** Lines before the header: bank name, account number, period and so on. */
  preambleLines: number;
}

export interface ParsedCsv {
  layout: CsvLayout;
  mapping: CsvMapping;
  accounts: ParsedAccount[];
  rejected: RejectedRow[];
  warnings: string[];
}

/** How many rows the layout and mapping guesses look at. */
const SAMPLE_ROWS = 200;

/**
 * Finds the delimiter, the header row and the preamble above it. The first row that holds a
 * date and a number is the first data row; the row just above it, if it is text, is the header.
 */
export function detectCsvLayout(text: string, delimiter?: CsvDelimiter): CsvLayout {
  const chosen = delimiter ?? detectCsvDelimiter(text);
  const rows = splitCsvRows(text, chosen).filter((row) => row.cells.some((c) => c.length > 0));
  if (rows.length === 0) throw StatementParseError.of(reject("csvNoRows"));
  const firstData = rows.slice(0, SAMPLE_ROWS).findIndex(isDataLike);
  if (firstData < 0) {
    throw StatementParseError.of(reject("csvNoDateAndAmount"));
  }
  const candidate = firstData > 0 ? rows[firstData - 1] : undefined;
  if (candidate && isHeaderLike(candidate)) {
    return {
      delimiter: chosen,
      headers: candidate.cells,
      headerLine: candidate.line,
      dataRows: rows.slice(firstData),
      preambleLines: firstData - 1,
    };
  }
  const width = Math.max(...rows.slice(firstData, firstData + SAMPLE_ROWS).map((r) => r.cells.length));
  return {
    delimiter: chosen,
    headers: Array.from({ length: width }, (_, i) => `Column ${i + 1}`),
    dataRows: rows.slice(firstData),
    preambleLines: firstData,
  };
}

function isDataLike(row: CsvRow): boolean {
  const cells = row.cells.filter((c) => c.length > 0);
  if (cells.length < 2) return false;
  const dateIndex = row.cells.findIndex(looksLikeDateCell);
  if (dateIndex < 0) return false;
  return row.cells.some((c, i) => i !== dateIndex && /\d/.test(c) && /^[\s(+\-]*[$€£₹¥]?\s*[\d.,' ]+\)?\s*([A-Za-z]{2,3})?-?$/.test(c));
}

function looksLikeDateCell(cell: string): boolean {
  return cell.length >= 6 && (["dmy", "mdy", "ymd"] as const).some((order) => parseDateText(cell, order) !== undefined);
}

function isHeaderLike(row: CsvRow): boolean {
  const cells = row.cells.filter((c) => c.length > 0);
  if (cells.length < 2) return false;
  if (cells.some(looksLikeDateCell)) return false;
  return cells.filter((c) => /[A-Za-z\u00c0-\u024f]/.test(c)).length >= cells.length / 2;
}

/**
 * Parses a bank CSV into the common statement shape. Rows that fail (bad date, bad amount)
 * are rejected with their line and reason; rows with fewer than two filled cells (footers,
 * "End of statement", blank separators) and repeated header rows are skipped.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const layout = detectCsvLayout(text, options.delimiter);
  const mapping = options.mapping ?? guessMapping(layout, options.defaultCurrency);
  const rejected: RejectedRow[] = [];
  const byCurrency = new Map<string, ParsedAccount>();
  const headerKey = layout.headers.join("\u0000");
  let footerLines = 0;
  for (const row of layout.dataRows) {
    if (row.cells.filter((c) => c.length > 0).length < 2) continue;
    if (row.cells.join("\u0000") === headerKey) continue;
    // Banks end exports with totals ("Closing balance", "Statement summary"); everything after the
    // first such row is summary, not transactions.
    if (footerLines > 0 || isFooterRow(row.cells[mapping.columns.date] ?? "")) {
      footerLines += 1;
      continue;
    }
    const result = convertCsvRow(row, mapping);
    if ("reason" in result) {
      rejected.push({ line: row.line, ...rejectionOf(result) });
      continue;
    }
    let account = byCurrency.get(result.currency);
    if (!account) {
      account = { currency: result.currency, transactions: [] };
      byCurrency.set(result.currency, account);
    }
    account.transactions.push(result);
  }
  const warnings: string[] = [];
  if (layout.preambleLines > 0) warnings.push(`skipped ${layout.preambleLines} line(s) above the header`);
  if (footerLines > 0) warnings.push(`skipped ${footerLines} summary line(s) at the end`);
  return { layout, mapping, accounts: [...byCurrency.values()], rejected, warnings };
}

const FOOTER_WORDS = /^[^\d]*\b(total|totals|balance|saldo|kontostand|closing|opening|summary|summe|solde|statement|end of|ende|umsatzsumme)\b/i;

function isFooterRow(dateCell: string): boolean {
  return FOOTER_WORDS.test(dateCell) && !/^\d/.test(dateCell.trim());
}

function guessMapping(layout: CsvLayout, defaultCurrency: string | undefined): CsvMapping {
  const sample = layout.dataRows.slice(0, SAMPLE_ROWS).map((r) => r.cells);
  const suggestion = suggestCsvMapping(layout.headers, sample, defaultCurrency ? { defaultCurrency } : {});
  if (!suggestion.ok) {
    const headers = layout.headers.slice(0, 20).join(", ");
    throw StatementParseError.of(reject(suggestion.partial.date === undefined ? "csvNoDateColumn" : "csvNoAmountColumn", { headers }));
  }
  return suggestion.mapping;
}

/** Applies a mapping to one row; exported for the preview in the mapping step. */
export function convertCsvRow(row: CsvRow, mapping: CsvMapping): ParsedTransaction | Rejection {
  const { columns } = mapping;
  const cell = (index: number | undefined): string => (index === undefined ? "" : (row.cells[index] ?? "").trim());
  const dateText = cell(columns.date);
  if (dateText.length === 0) return reject("dateEmpty");
  const date = parseDateText(dateText, mapping.dateOrder);
  if (!date) return reject("dateInvalid", { text: dateText });
  const currencyCell = cell(columns.currency).toUpperCase();
  const currency = /^[A-Z]{3}$/.test(currencyCell) ? currencyCell : mapping.currency;
  const amount = readRowAmount(cell, mapping, currency);
  if ("reason" in amount) return amount;
  const description = columns.description.map(cell).find((v) => v.length > 0) ?? "";
  const transaction: ParsedTransaction = {
    line: row.line,
    date,
    amount: amount.value,
    currency,
    description,
    raw: row.raw,
  };
  const payee = cell(columns.payee);
  if (payee) transaction.payee = payee;
  const category = cell(columns.category);
  if (category) transaction.category = category;
  const externalId = cell(columns.externalId);
  if (externalId) transaction.externalId = externalId;
  const balanceText = cell(columns.balance);
  if (balanceText) {
    const balance = parseAmountText(balanceText, currency, mapping.decimalSeparator);
    if (balance.ok) transaction.balance = balance.amount;
  }
  return transaction;
}

function readRowAmount(
  cell: (index: number | undefined) => string,
  mapping: CsvMapping,
  currency: string,
): { value: number } | Rejection {
  const { columns } = mapping;
  let value: number;
  if (columns.amount !== undefined) {
    const text = cell(columns.amount);
    if (text.length === 0) return reject("amountEmpty");
    const parsed = parseAmountText(text, currency, mapping.decimalSeparator);
    if (!parsed.ok) return rejectionOf(parsed);
    value = parsed.amount;
    const indicator = cell(columns.indicator).toLowerCase().replace(/\.$/, "");
    // An indicator column makes the amount's own sign irrelevant: debit is money out.
    if (["dr", "d", "debit", "s", "-"].includes(indicator)) value = -Math.abs(value);
    else if (["cr", "c", "credit", "h", "+"].includes(indicator)) value = Math.abs(value);
  } else {
    const debitText = cell(columns.debit);
    const creditText = cell(columns.credit);
    if (debitText.length === 0 && creditText.length === 0) return reject("debitCreditEmpty");
    const debit = debitText ? parseAmountText(debitText, currency, mapping.decimalSeparator) : { ok: true as const, amount: 0 };
    if (!debit.ok) return inCell("debit", debit);
    const credit = creditText ? parseAmountText(creditText, currency, mapping.decimalSeparator) : { ok: true as const, amount: 0 };
    if (!credit.ok) return inCell("credit", credit);
    // Money-out columns hold magnitudes (some banks add a minus, some do not): out is always negative.
    value = Math.abs(credit.amount) - Math.abs(debit.amount);
  }
  if (mapping.flipSign) value = -value;
  if (!Number.isSafeInteger(value)) return reject("amountUnsafe");
  return { value: value === 0 ? 0 : value };
}

export interface CsvPreviewRow {
  line: number;
  cells: string[];
  transaction?: ParsedTransaction;
  reason?: string;
  code?: Rejection["code"];
  params?: Rejection["params"];
}

export interface CsvPreview {
  layout: Omit<CsvLayout, "dataRows">;
  mapping: CsvMapping;
  rows: CsvPreviewRow[];
}

/** The first rows as they will be imported under a mapping, for the mapping step's table. */
export function previewCsv(text: string, options: ParseCsvOptions = {}, limit = 10): CsvPreview {
  const { dataRows, ...layout } = detectCsvLayout(text, options.delimiter);
  const mapping = options.mapping ?? guessMapping({ ...layout, dataRows }, options.defaultCurrency);
  const rows = dataRows.slice(0, limit).map((row): CsvPreviewRow => {
    const result = convertCsvRow(row, mapping);
    return "reason" in result
      ? { line: row.line, cells: row.cells, ...rejectionOf(result) }
      : { line: row.line, cells: row.cells, transaction: result };
  });
  return { layout, mapping, rows };
}
