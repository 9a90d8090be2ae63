import { z } from "zod";
import { parseCalendarDate } from "@/lib/schedules/calendar-date";

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 code that Intl knows, so it can be formatted with the right minor units. */
export const CurrencyInput = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => /^[A-Z]{3}$/.test(value) && KNOWN_CURRENCIES.has(value), "must be a three-letter ISO 4217 currency code");

export const CalendarDateInput = z.string().refine((value) => {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}, "must be a real date (YYYY-MM-DD)");

/** A positive decimal rate, at most 12 decimal places (the column's scale). */
export const RateText = z.string().trim().regex(/^\d{1,12}(\.\d{1,12})?$/, "must be a positive decimal such as 0.9215").refine((value) => /[1-9]/.test(value), "must be greater than zero");

export const ManualRateInput = z
  .object({ base: CurrencyInput, quote: CurrencyInput, date: CalendarDateInput, rate: RateText })
  .refine((input) => input.base !== input.quote, { message: "must differ from base", path: ["quote"] });
