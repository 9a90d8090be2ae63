/** An exact positive rate as a fraction of BigInts. */
export interface Rational {
  numerator: bigint;
  denominator: bigint;
}

const RATE_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/** Parses a positive decimal string ("1.0842", "149.5", "0.0067") into an exact fraction. */
export function parseRate(text: string): Rational {
  const match = RATE_PATTERN.exec(text.trim());
  if (!match) throw new RangeError(`"${text}" is not a positive decimal rate`);
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  const numerator = BigInt(whole + fraction);
  if (numerator === 0n) throw new RangeError(`a rate of ${text} would erase the amount`);
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}
