import { assertMinor, minorFromBigInt, minorUnits, type CurrencyCode } from "@/lib/money";
import { parseRate, type Rational } from "./parse-rate";

/**
 * Divides and rounds half to even (banker's rounding): ties go to the even neighbour so that
 * converting many amounts does not drift upwards on average.
 */
export function divideRoundHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  if (denominator < 0n) return divideRoundHalfEven(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twiceRemainder = (magnitude % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/**
 * Converts `amount` minor units of `from` into minor units of `to` at `rate` (1 `from` = rate `to`),
 * respecting each currency's exponent (JPY 0, USD 2, KWD 3). Exact BigInt arithmetic with a single
 * half-even rounding at the end. The sign of the amount is kept.
 */
export function convertMinor(amount: number, from: CurrencyCode, to: CurrencyCode, rate: string | Rational): number {
  assertMinor(amount);
  const exact = typeof rate === "string" ? parseRate(rate) : rate;
  if (exact.numerator <= 0n || exact.denominator <= 0n) throw new RangeError("a rate must be positive");
  const fromScale = 10n ** BigInt(minorUnits(from));
  const toScale = 10n ** BigInt(minorUnits(to));
  const numerator = BigInt(amount) * exact.numerator * toScale;
  const denominator = exact.denominator * fromScale;
  return minorFromBigInt(divideRoundHalfEven(numerator, denominator));
}
