import { z } from "zod";
import { isCurrencyCode } from "@/lib/money";
import { detectDecimalSeparator, parseAmountText } from "./parse-amount-text";
import { detectDateOrder, parseDateText, type DateOrder } from "./parse-date-text";

const columnIndex = z.number().int().min(0).max(999);

/** A saved CSV mapping; validated whenever it is loaded back from storage. */
export const CsvMappingSchema = z.object({
  columns: z.object({
    date: columnIndex,
    /** Candidate description columns in order; the first non-empty cell wins. */
    description: z.array(columnIndex).max(10),
    amount: columnIndex.optional(),
    /** "Money out" column; its magnitude is always treated as negative. */
    debit: columnIndex.optional(),
    /** "Money in" column; its magnitude is always treated as positive. */
    credit: columnIndex.optional(),
    /** A CR/DR (or Credit/Debit, S/H) column that gives the sign of an unsigned amount. */
    indicator: columnIndex.optional(),
    currency: columnIndex.optional(),
    category: columnIndex.optional(),
    balance: columnIndex.optional(),
    payee: columnIndex.optional(),
    externalId: columnIndex.optional(),
  }),
  dateOrder: z.enum(["dmy", "mdy", "ymd"]),
  decimalSeparator: z.enum([".", ","]),
  /** For exports where purchases are positive (many credit cards): negate every amount. */
  flipSign: z.boolean(),
  /** Currency for every row when the file has no currency column. */
  currency: z.string().regex(/^[A-Z]{3}$/),
});

export type CsvMapping = z.infer<typeof CsvMappingSchema>;

export interface SuggestCsvMappingOptions {
  /** Used only when neither a currency column nor any hint in the file names one. */
  defaultCurrency?: string;
}

export type SuggestCsvMappingResult =
  | { ok: true; mapping: CsvMapping }
  | { ok: false; reason: string; partial: Partial<CsvMapping["columns"]> };

type Field = "date" | "amount" | "debit" | "credit" | "indicator" | "currency" | "category" | "balance" | "payee" | "externalId" | "description";

/** Header patterns per field, most specific first, matched against lower-case ASCII-folded headers. */
const HEADER_PATTERNS: Record<Field, RegExp[]> = {
  date: [
    /^(transaction|txn|trans|tran|booking|posting|posted|post|started|buchungs|operation) ?date$/,
    /^date$/,
    /^(buchungstag|buchungsdatum|datum|date operation|date de l operation|fecha|fecha operacion|data|data operazione|data contabile|boekdatum)$/,
    /^(completed date|value date|value dt|valuta|valutadatum|wertstellung|date valeur|fecha valor)$/,
    /\b(date|datum|fecha)\b/,
  ],
  currency: [/^(currency|ccy|currency code|cur|wahrung|waehrung|devise|moneda|divisa)$/],
  category: [/^(category|kategorie|categorie|categoria|category name)$/],
  balance: [
    /^(running |closing |available |ledger )?balance( [a-z]{3})?$/,
    /^(saldo|kontostand|solde|saldo nach buchung|balance after)$/,
    /\b(balance|saldo)\b/,
  ],
  indicator: [/^(cr dr|dr cr|debit credit|credit debit|d c|c d|cr dr indicator|soll haben|s h|dc|sign)$/],
  debit: [
    /^(debit|debits|withdrawal|withdrawals|money out|paid out|out|outflow|outgoing|soll|ausgang|ausgaben|dr|debit amount|withdrawal amt|withdrawal amount|debit amt|amount debit|betrag soll|sortie|debit eur)( [a-z]{3})?$/,
    /^(debit|withdrawal|money out|paid out)\b/,
  ],
  credit: [
    /^(credit|credits|deposit|deposits|money in|paid in|in|inflow|incoming|haben|eingang|einnahmen|cr|credit amount|deposit amt|deposit amount|credit amt|amount credit|betrag haben|entree|credit eur)( [a-z]{3})?$/,
    /^(credit|deposit|money in|paid in)\b/,
  ],
  amount: [
    /^(transaction |txn )?amount( [a-z]{3})?$/,
    /^(betrag|montant|importe|bedrag|importo|belopp|umsatz|kwota)( [a-z]{3})?$/,
    /^net( amount)?$/,
    /^(gross|value|sum|amount in account currency)$/,
    /^(?!.*(foreign|original|fee|orig)).*\b(amount|betrag|montant|importe)\b/,
  ],
  description: [
    /^(transaction )?description$/,
    /^(narration|transaction narration|transaction remarks|remarks|particulars|transaction details|details|description 1)$/,
    /^(verwendungszweck|libelle|libelle operation|remarque|concepto|omschrijving|descrizione|mededelingen|beschreibung)$/,
    /^(payment reference|reference|memo|name|payee|merchant|merchant name|partner name|text|buchungstext|counterparty)$/,
    /\b(description|narration|details|verwendungszweck|libelle|memo)\b/,
  ],
  payee: [
    /^(payee|name|counterparty|counterparty name|partner name|merchant|merchant name|beneficiary|beguenstigter zahlungspflichtiger|zahlungsempfanger in|zahlungsempfanger|empfanger|auftraggeber empfanger|name zahlungsbeteiligter)$/,
  ],
  externalId: [/^(transaction id|transaction reference|transaction number|reference number|id|fitid|receipt id|chq ref no|ref no)$/],
};

const INDICATOR_VALUES = new Set(["cr", "dr", "c", "d", "credit", "debit", "s", "h", "+", "-"]);
const EUR_WORDS = /\b(betrag|buchungstag|buchungsdatum|verwendungszweck|umsatz|montant|libelle|importe|concepto|bedrag|omschrijving|importo|wertstellung|valutadatum)\b/;

/** Lower-case, accents removed, punctuation to single spaces: "Betrag (€)" becomes "betrag". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Guesses which column holds what from header names first and cell contents second, plus the
 * date order, decimal separator, sign convention and currency. The result is a suggestion
 * the user confirms in the mapping step; import-check uses it as is.
 */
export function suggestCsvMapping(
  headers: readonly string[],
  sampleRows: ReadonlyArray<readonly string[]>,
  options: SuggestCsvMappingOptions = {},
): SuggestCsvMappingResult {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const columnValues = (index: number): string[] =>
    sampleRows.map((row) => row[index] ?? "").filter((v) => v.trim().length > 0);
  const claim = (field: Field, accept: (index: number) => boolean = () => true): number | undefined => {
    for (const pattern of HEADER_PATTERNS[field]) {
      const index = normalized.findIndex((h, i) => !taken.has(i) && h.length > 0 && pattern.test(h) && accept(i));
      if (index >= 0) {
        taken.add(index);
        return index;
      }
    }
    return undefined;
  };
  // Named amount columns tolerate footer text and bad cells (rejected later); unnamed ones must be convincing.
  const isAmountColumnAt = (share: number) => (index: number): boolean => {
    const values = columnValues(index);
    return values.length === 0 || values.filter((v) => looksLikeAmount(v)).length >= values.length * share;
  };
  const isAmountColumn = isAmountColumnAt(0.5);
  // A named date column may hold some bad dates (those rows get rejected); an unnamed one must be convincing.
  const isDateColumnAt = (share: number) => (index: number): boolean => {
    const values = columnValues(index);
    return values.length > 0 && values.filter((v) => looksLikeDate(v)).length >= values.length * share;
  };

  const columns: Partial<CsvMapping["columns"]> = {};
  const date = claim("date", isDateColumnAt(0.5)) ?? findColumnByContent(headers.length, taken, isDateColumnAt(0.8));
  if (date !== undefined) {
    taken.add(date);
    columns.date = date;
  }
  assign(columns, "currency", claim("currency", (i) => columnValues(i).every((v) => isCurrencyCode(v.trim().toUpperCase()))));
  assign(columns, "category", claim("category"));
  assign(columns, "indicator", claim("indicator", (i) => {
    const values = columnValues(i);
    return values.length > 0 && values.every((v) => INDICATOR_VALUES.has(v.trim().toLowerCase().replace(/\.$/, "")));
  }));
  assign(columns, "balance", claim("balance", isAmountColumn));
  const debit = claim("debit", isAmountColumn);
  const credit = claim("credit", isAmountColumn);
  const amount = claim("amount", isAmountColumn);
  if (debit !== undefined && credit !== undefined) {
    columns.debit = debit;
    columns.credit = credit;
    if (amount !== undefined) taken.delete(amount);
  } else if (amount !== undefined) {
    columns.amount = amount;
    if (debit !== undefined) taken.delete(debit);
    if (credit !== undefined) taken.delete(credit);
  } else {
    assign(columns, "debit", debit);
    assign(columns, "credit", credit);
  }
  if (columns.amount === undefined && columns.debit === undefined && columns.credit === undefined) {
    const byContent = findColumnByContent(headers.length, taken, (i) => columnValues(i).length > 0 && isAmountColumnAt(0.8)(i));
    if (byContent !== undefined) {
      taken.add(byContent);
      columns.amount = byContent;
    }
  }
  const description: number[] = [];
  for (let next = claim("description"); next !== undefined && description.length < 3; next = claim("description")) {
    description.push(next);
  }
  const payee = claim("payee");
  if (payee !== undefined) {
    columns.payee = payee;
    description.push(payee);
  }
  assign(columns, "externalId", claim("externalId"));
  if (description.length === 0) {
    const longest = findLongestTextColumn(headers.length, taken, columnValues);
    if (longest !== undefined) description.push(longest);
  }
  columns.description = description;

  if (columns.date === undefined) return { ok: false, reason: "no column looks like a date", partial: columns };
  if (columns.amount === undefined && columns.debit === undefined && columns.credit === undefined) {
    return { ok: false, reason: "no column looks like an amount", partial: columns };
  }
  const currency = guessCurrency(headers, normalized, sampleRows, columns, options.defaultCurrency);
  const amountSamples = [columns.amount, columns.debit, columns.credit, columns.balance]
    .filter((i): i is number => i !== undefined)
    .flatMap(columnValues);
  const mapping: CsvMapping = {
    columns: { ...columns, date: columns.date, description },
    dateOrder: detectDateOrder(columnValues(columns.date), currency === "USD" ? "mdy" : "dmy") as DateOrder,
    decimalSeparator: detectDecimalSeparator(amountSamples),
    // American Express exports charges as positive numbers; its "Card Member" column gives it away.
    flipSign: normalized.includes("card member"),
    currency,
  };
  return { ok: true, mapping };
}

function assign<K extends keyof CsvMapping["columns"]>(
  columns: Partial<CsvMapping["columns"]>,
  key: K,
  value: CsvMapping["columns"][K] | undefined,
): void {
  if (value !== undefined) columns[key] = value;
}

function looksLikeDate(value: string): boolean {
  return (["dmy", "mdy", "ymd"] as const).some((order) => parseDateText(value, order) !== undefined);
}

function looksLikeAmount(value: string): boolean {
  const trimmed = value.trim();
  if (!/\d/.test(trimmed) || looksLikeDate(trimmed)) return false;
  return parseAmountText(trimmed, "XXX", ".").ok || parseAmountText(trimmed, "XXX", ",").ok || /^[+-]?[\d.,' ]+$/.test(trimmed);
}

function findColumnByContent(width: number, taken: Set<number>, accept: (index: number) => boolean): number | undefined {
  for (let i = 0; i < width; i += 1) if (!taken.has(i) && accept(i)) return i;
  return undefined;
}

function findLongestTextColumn(width: number, taken: Set<number>, values: (index: number) => string[]): number | undefined {
  let best: number | undefined;
  let bestLength = 0;
  for (let i = 0; i < width; i += 1) {
    if (taken.has(i)) continue;
    const cells = values(i).filter((v) => /[A-Za-z]/.test(v));
    const average = cells.reduce((sum, v) => sum + v.length, 0) / Math.max(cells.length, 1);
    if (average > bestLength) {
      best = i;
      bestLength = average;
    }
  }
  return best;
}

function guessCurrency(
  headers: readonly string[],
  normalized: readonly string[],
  sampleRows: ReadonlyArray<readonly string[]>,
  columns: Partial<CsvMapping["columns"]>,
  fallback: string | undefined,
): string {
  const currencyColumn = columns.currency;
  if (currencyColumn !== undefined) {
    const first = sampleRows.map((r) => (r[currencyColumn] ?? "").trim().toUpperCase()).find(isCurrencyCode);
    if (first) return first;
  }
  const amountHeaders = [columns.amount, columns.debit, columns.credit, columns.balance]
    .filter((i): i is number => i !== undefined)
    .map((i) => headers[i] ?? "");
  for (const header of [...amountHeaders, ...headers]) {
    const code = /[([\s]([A-Z]{3})\s*[)\]]?\s*$/.exec(header.toUpperCase())?.[1];
    if (code && isCurrencyCode(code) && KNOWN_CODES.has(code)) return code;
  }
  const amountCells = [columns.amount, columns.debit, columns.credit]
    .filter((i): i is number => i !== undefined)
    .flatMap((i) => sampleRows.slice(0, 20).map((r) => r[i] ?? ""));
  const symbolText = [...headers, ...amountCells].join(" ");
  for (const [symbol, code] of SYMBOLS) if (symbolText.includes(symbol)) return code;
  const joined = normalized.join(" | ");
  if (/\bsort code\b/.test(joined)) return "GBP";
  if (/\b(narration|chq|withdrawal amt|deposit amt|inr)\b/.test(joined)) return "INR";
  if (EUR_WORDS.test(joined)) return "EUR";
  return fallback ?? "USD";
}

const KNOWN_CODES = new Set(["USD", "EUR", "GBP", "INR", "CHF", "JPY", "AUD", "CAD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "SGD", "HKD", "ZAR", "BRL", "MXN", "AED", "CNY", "KRW", "TRY", "RON", "BGN", "ILS"]);

const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["€", "EUR"], ["£", "GBP"], ["₹", "INR"], ["¥", "JPY"], ["Rs.", "INR"], ["zł", "PLN"], ["$", "USD"],
];
