import { invalidField } from "@/lib/errors";
import { MoneyError, parseDecimalToMinor } from "@/lib/money";

/**
 * Turns a decimal string typed by the user into minor units of `currency`, or a 422 naming the
 * field ("amount: has more decimal places than JPY allows (0)"). Amounts arrive as strings so that
 * "0.1" never passes through a float.
 */
export function parseAmountField(text: string, currency: string, field: string): number {
  try {
    return parseDecimalToMinor(text, currency);
  } catch (error) {
    if (error instanceof MoneyError) throw invalidField(field, error.message, "errors.amountFormat");
    throw error;
  }
}
