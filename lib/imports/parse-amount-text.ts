import { MoneyError, parseDecimalToMinor } from "@/lib/money";
import { reject, type Rejection } from "./rejection";

export type DecimalSeparator = "." | ",";

export type AmountResult = { ok: true; amount: number } | ({ ok: false } & Rejection);

const CURRENCY_NOISE = /[A-Z]{3}|[$€£¥₹₩₽₺₪฿₫₴₦]|Rs\.?|kr\.?|zł|Fr\.?/gi;

/**
 * Parses an amount as banks print it into signed minor units. Accepts thousands separators
 * (",", ".", "'", spaces), a decimal comma, currency symbols or codes, parentheses and
 * trailing minus for negatives, and CR/DR suffixes. The sign conventions here: "DR",
 * "(…)" and a trailing "-" mean money out; "CR" means money in.
 */
export function parseAmountText(text: string, currency: string, decimal: DecimalSeparator = "."): AmountResult {
  let value = text.trim();
  if (value.length === 0) return { ok: false, ...reject("amountEmpty") };
  if (value.length > 64) return { ok: false, ...reject("amountTooLong") };
  let negative = false;
  const suffix = /\s*(?<![A-Za-z])(CR|DR|Cr|Dr|cr|dr|C|D|H|S)\.?$/.exec(value);
  if (suffix && /\d/.test(value.slice(0, suffix.index))) {
    const marker = (suffix[1] ?? "").toUpperCase();
    // German exports mark Soll (S, debit) and Haben (H, credit); C/D are the single-letter forms.
    if (marker === "DR" || marker === "D" || marker === "S") negative = true;
    value = value.slice(0, suffix.index);
  }
  value = value.replace(CURRENCY_NOISE, "").replace(/[\s\u00a0\u202f]/g, "");
  if (/^\(.*\)$/.test(value)) {
    negative = !negative;
    value = value.slice(1, -1);
  }
  if (value.endsWith("-")) {
    negative = !negative;
    value = value.slice(0, -1);
  }
  if (value.startsWith("-")) {
    negative = !negative;
    value = value.slice(1);
  } else if (value.startsWith("+")) {
    value = value.slice(1);
  }
  const canonical = canonicalizeNumber(value, decimal);
  if (canonical === undefined) return { ok: false, ...reject("amountInvalid", { text: text.trim() }) };
  try {
    const magnitude = parseDecimalToMinor(canonical, currency);
    // Avoid -0 so sums and equality checks stay clean.
    return { ok: true, amount: negative && magnitude !== 0 ? -magnitude : magnitude };
  } catch (error) {
    // A MoneyError's English is more precise (too many decimals, too large); the code stays "not an amount".
    const rejection = reject("amountInvalid", { text: text.trim() });
    return { ok: false, ...rejection, reason: error instanceof MoneyError ? error.message : rejection.reason };
  }
}

function canonicalizeNumber(value: string, decimal: DecimalSeparator): string | undefined {
  if (!/^[\d.,']+$/.test(value) || !/\d/.test(value)) return undefined;
  const thousands = decimal === "." ? /[,']/g : /[.']/g;
  const integerPart = value.split(decimal)[0] ?? "";
  // Grouping must look like grouping (3-digit groups, or 2-digit Indian lakh groups) so "1.2.3" is no amount.
  if (/[.,']/.test(integerPart) && !/^\d{1,3}(?:[.,']\d{2,3})*[.,']\d{3}$/.test(integerPart)) return undefined;
  if (value.split(decimal).length > 2) return undefined;
  const grouped = value.replace(thousands, "");
  const normalized = decimal === "," ? grouped.replace(",", ".") : grouped;
  return /^\d*\.?\d*$/.test(normalized) && /\d/.test(normalized) ? normalized.replace(/^\./, "0.") : undefined;
}

/**
 * Decides whether a column of amounts uses a decimal comma. "1.234,56" and "12,50" say comma;
 * "1,234.56" and "12.50" say point; "1,234" alone is read as a thousands separator.
 */
export function detectDecimalSeparator(samples: readonly string[]): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const sample of samples) {
    const value = sample.replace(/[^\d.,]/g, "");
    const lastComma = value.lastIndexOf(",");
    const lastPoint = value.lastIndexOf(".");
    if (lastComma >= 0 && lastPoint >= 0) {
      if (lastComma > lastPoint) comma += 1;
      else point += 1;
    } else if (lastComma >= 0) {
      if (/,\d{1,2}$/.test(value) || /,\d{4,}$/.test(value)) comma += 1;
    } else if (lastPoint >= 0) {
      if (/\.\d{1,2}$/.test(value) || /\.\d{4,}$/.test(value)) point += 1;
    }
  }
  return comma > point ? "," : ".";
}
