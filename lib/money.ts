/**
 * Money is an integer count of minor units plus an ISO 4217 currency code.
 * Parsing and formatting happen only at the edges; arithmetic never touches floats.
 */

export type CurrencyCode = string;

export interface Money {
  /** Integer minor units (cents for USD, yen for JPY, fils for KWD). Always a safe integer. */
  amount: number;
  currency: CurrencyCode;
}

/** ISO 4217 exponents that differ from the default of 2. */
const MINOR_UNIT_EXCEPTIONS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MoneyError";
  }
}

export function isCurrencyCode(value: string): boolean {
  return CURRENCY_PATTERN.test(value);
}

export function assertCurrency(value: string): CurrencyCode {
  if (!isCurrencyCode(value)) throw new MoneyError(`"${value}" is not a three-letter ISO 4217 currency code`);
  return value;
}

export function minorUnits(currency: CurrencyCode): number {
  return MINOR_UNIT_EXCEPTIONS[assertCurrency(currency)] ?? 2;
}

/** Rejects anything that is not an integer JavaScript can represent exactly (|n| < 2^53). */
export function assertMinor(amount: number): number {
  if (!Number.isSafeInteger(amount)) throw new MoneyError(`${amount} is not a safe integer amount of minor units`);
  return amount;
}

/** Database columns are BIGINT; convert with a range guard instead of silently losing precision. */
export function minorFromBigInt(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError(`${value} minor units is beyond the safe integer range`);
  }
  return Number(value);
}

export function money(amount: number, currency: CurrencyCode): Money {
  return { amount: assertMinor(amount), currency: assertCurrency(currency) };
}

export function addMinor(a: number, b: number): number {
  return assertMinor(a + b);
}

export function sumMinor(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) total = addMinor(total, amount);
  return total;
}

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal string ("-1234.5", "12", "+0.07") into minor units of `currency`.
 * Rejects more fractional digits than the currency has rather than rounding money away.
 * Locale formats (decimal comma, thousands separators, trailing signs) are the caller's job
 * to canonicalize first: each bank and file format states its own convention.
 */
export function parseDecimalToMinor(text: string, currency: CurrencyCode): number {
  const trimmed = text.trim();
  const match = DECIMAL_PATTERN.exec(trimmed);
  if (!match) throw new MoneyError(`"${text}" is not a decimal amount`);
  const [, sign, whole = "", fraction = ""] = match;
  const exponent = minorUnits(currency);
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > exponent) {
    throw new MoneyError(`"${text}" has more decimal places than ${currency} allows (${exponent})`);
  }
  const minorText = whole + fraction.padEnd(exponent, "0").slice(0, exponent);
  const magnitude = Number(minorText.replace(/^0+(?=\d)/, ""));
  if (!Number.isSafeInteger(magnitude)) throw new MoneyError(`"${text}" is too large an amount`);
  return sign === "-" ? -magnitude : magnitude;
}

/** The inverse of parseDecimalToMinor: "-1234.50" for -123450 USD. No locale, no symbol. */
export function formatMinorAsDecimal(amount: number, currency: CurrencyCode): string {
  assertMinor(amount);
  const exponent = minorUnits(currency);
  const digits = Math.abs(amount).toString().padStart(exponent + 1, "0");
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? "" : `.${digits.slice(-exponent)}`;
  return `${amount < 0 ? "-" : ""}${whole}${fraction}`;
}

/** Locale-aware display, e.g. "$1,234.50" or "1.234,50 €". Only for the UI edge. */
export function formatMoney(value: Money, locale = "en-US"): string {
  const exponent = minorUnits(value.currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: value.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl takes a decimal string without float rounding when given one.
  return formatter.format(formatMinorAsDecimal(value.amount, value.currency) as unknown as number);
}
