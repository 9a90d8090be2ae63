import { convertMinor, divideRoundHalfEven } from "@/lib/currency/convert-minor";
import { findRate, type RateQuote } from "@/lib/currency/find-rate";
import type { Rational } from "@/lib/currency/parse-rate";
import type { CalendarDate } from "@/lib/schedules/calendar-date";

/**
 * How old a rate may be and still convert an amount: a week covers weekends and bank holidays,
 * when providers publish nothing, without quietly using a month-old rate.
 */
export const RATE_TOLERANCE_DAYS = 7;

/** A converted amount and the evidence behind it, so the UI can show the rate and its date. */
export interface Conversion {
  /** Minor units of `currency`; null when no rate qualified (shown as missing, never as 1:1). */
  amount: number | null;
  currency: string;
  /** 1 unit of the source currency in `currency`, as a display decimal (6 places); null when missing. */
  rate: string | null;
  /** The date of the (oldest) quote used; null when missing. */
  rateDate: CalendarDate | null;
  via: "identity" | "direct" | "inverse" | "cross" | null;
}

const DISPLAY_PLACES = 6n;

/** An exact fraction as a decimal with six places, trailing zeros dropped ("1.0842", "0.922339"). */
export function formatRational(rate: Rational): string {
  const scaled = divideRoundHalfEven(rate.numerator * 10n ** DISPLAY_PLACES, rate.denominator);
  const digits = scaled.toString().padStart(Number(DISPLAY_PLACES) + 1, "0");
  const whole = digits.slice(0, -Number(DISPLAY_PLACES));
  const fraction = digits.slice(-Number(DISPLAY_PLACES)).replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Converts `amount` of `from` on `date` into `to` with the nearest earlier rate within tolerance. */
export function convertWithRates(
  quotes: readonly RateQuote[],
  amount: number,
  from: string,
  to: string,
  date: CalendarDate,
  toleranceDays = RATE_TOLERANCE_DAYS,
): Conversion {
  const found = findRate(quotes, from, to, date, toleranceDays);
  if (!found) return { amount: null, currency: to, rate: null, rateDate: null, via: null };
  return { amount: convertMinor(amount, from, to, found.rate), currency: to, rate: formatRational(found.rate), rateDate: found.date, via: found.via };
}
