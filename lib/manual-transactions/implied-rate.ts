import { formatRational } from "@/lib/exchange-rates/convert-with-rates";
import { minorUnits } from "@/lib/money";

/**
 * The rate a cross-currency transfer implies: 1 unit of the source currency bought this much of the
 * destination currency. Magnitudes in minor units; each side is scaled by its own exponent.
 */
export function impliedRate(fromAmount: number, fromCurrency: string, toAmount: number, toCurrency: string): string | null {
  if (fromAmount === 0 || toAmount === 0) return null;
  const numerator = BigInt(Math.abs(toAmount)) * 10n ** BigInt(minorUnits(fromCurrency));
  const denominator = BigInt(Math.abs(fromAmount)) * 10n ** BigInt(minorUnits(toCurrency));
  return formatRational({ numerator, denominator });
}
