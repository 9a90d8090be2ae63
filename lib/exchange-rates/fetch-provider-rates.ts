import { z } from "zod";
import type { RateQuote } from "@/lib/currency/find-rate";
import { AppError } from "@/lib/errors";
import { CalendarDateInput, CurrencyInput } from "./rate-input";

/**
 * The provider's answer in the common "latest rates" shape (ECB/Frankfurter style):
 * { "base": "USD", "date": "2026-11-20", "rates": { "EUR": 0.9215, "JPY": 152.4 } }.
 * Rates may be JSON numbers or strings; numbers are turned into decimal text without going
 * through arithmetic, so the published digits are kept.
 */
// The reader only needs to know the rates are unavailable for now; the English says which way it failed.
const RATES_UNAVAILABLE = { text: { key: "errors.ratesUnavailable" } } as const;

const ProviderResponse = z.object({
  base: CurrencyInput,
  date: CalendarDateInput,
  /** Checked one by one: a single odd entry is skipped, not a reason to drop the day. */
  rates: z.record(z.string(), z.unknown()),
});

function rateText(value: unknown): string | null {
  if (typeof value === "number" && !(Number.isFinite(value) && value > 0)) return null;
  if (typeof value !== "number" && typeof value !== "string") return null;
  const text = typeof value === "number" ? (/e/i.test(String(value)) ? value.toFixed(12) : String(value)) : value.trim();
  return /^\d+(\.\d+)?$/.test(text) && /[1-9]/.test(text) ? text : null;
}

export interface ProviderRates {
  base: string;
  date: string;
  quotes: RateQuote[];
  /** Currency codes whose rate was unusable and left out. */
  skipped: string[];
}

/** Fetches and parses the provider's rates; throws an "unavailable" AppError on HTTP or shape problems. */
export async function fetchProviderRates(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = 10_000): Promise<ProviderRates> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    throw new AppError("unavailable", "The exchange-rate provider could not be reached", RATES_UNAVAILABLE);
  }
  if (!response.ok) throw new AppError("unavailable", `The exchange-rate provider answered ${response.status}`, RATES_UNAVAILABLE);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new AppError("unavailable", "The exchange-rate provider sent something other than JSON", RATES_UNAVAILABLE);
  }
  const parsed = ProviderResponse.safeParse(body);
  if (!parsed.success) throw new AppError("unavailable", "The exchange-rate provider's answer is not in the expected shape", RATES_UNAVAILABLE);
  const quotes: RateQuote[] = [];
  const skipped: string[] = [];
  for (const [code, value] of Object.entries(parsed.data.rates)) {
    const currency = CurrencyInput.safeParse(code);
    const rate = rateText(value);
    if (!currency.success || rate === null || currency.data === parsed.data.base) skipped.push(code);
    else quotes.push({ from: parsed.data.base, to: currency.data, date: parsed.data.date, rate });
  }
  return { base: parsed.data.base, date: parsed.data.date, quotes, skipped };
}
