import { daysBetween, type CalendarDate } from "@/lib/schedules/calendar-date";
import { parseRate, type Rational } from "./parse-rate";

/** One published rate: 1 unit of `from` buys `rate` units of `to` on `date`. */
export interface RateQuote {
  from: string;
  to: string;
  date: CalendarDate;
  /** Decimal string, e.g. "1.0842"; strings keep the published precision exactly. */
  rate: string;
}

export interface FoundRate {
  /** Exact rational: an inverse of "1.0842" is 10000/10842, not a rounded decimal. */
  rate: Rational;
  via: "identity" | "direct" | "inverse" | "cross";
  /** Oldest quote date used; older than the asked date when the nearest earlier quote was taken. */
  date: CalendarDate;
}

interface Leg {
  rate: Rational;
  date: CalendarDate;
  inverse: boolean;
}

function findLeg(rates: readonly RateQuote[], from: string, to: string, date: CalendarDate, toleranceDays: number): Leg | null {
  let best: Leg | null = null;
  for (const quote of rates) {
    const inverse = quote.from === to && quote.to === from;
    if (!inverse && !(quote.from === from && quote.to === to)) continue;
    const age = daysBetween(quote.date, date);
    // Only earlier (or same-day) quotes: a rate published later was not knowable on `date`.
    if (age < 0 || age > toleranceDays) continue;
    // Latest date wins; on a tie a direct quote beats an inverted one.
    if (best !== null && (quote.date < best.date || (quote.date === best.date && (inverse || !best.inverse)))) continue;
    const parsed = parseRate(quote.rate);
    best = { rate: inverse ? { numerator: parsed.denominator, denominator: parsed.numerator } : parsed, date: quote.date, inverse };
  }
  return best;
}

/**
 * The rate from `from` to `to` for `date`: the nearest quote on or before `date` no more than
 * `toleranceDays` old, direct or inverted, else crossed through `base` (both legs within
 * tolerance). Returns null when nothing qualifies; never a silent 1 for different currencies.
 */
export function findRate(
  rates: readonly RateQuote[],
  from: string,
  to: string,
  date: CalendarDate,
  toleranceDays: number,
  base = "USD",
): FoundRate | null {
  if (from === to) return { rate: { numerator: 1n, denominator: 1n }, via: "identity", date };
  const leg = findLeg(rates, from, to, date, toleranceDays);
  if (leg) return { rate: leg.rate, via: leg.inverse ? "inverse" : "direct", date: leg.date };
  if (from === base || to === base) return null;
  const first = findLeg(rates, from, base, date, toleranceDays);
  const second = findLeg(rates, base, to, date, toleranceDays);
  if (!first || !second) return null;
  return {
    rate: {
      numerator: first.rate.numerator * second.rate.numerator,
      denominator: first.rate.denominator * second.rate.denominator,
    },
    via: "cross",
    date: first.date < second.date ? first.date : second.date,
  };
}
