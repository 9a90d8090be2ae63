/**
 * Bank descriptors are short (rarely past 120 characters). Everything downstream reads at most
 * this many characters, so a 1 MB description costs the same as a normal one.
 */
export const MAX_DESCRIPTOR_LENGTH = 512;

/**
 * Uppercases, folds accents ("Müller" -> "MULLER", "Café" -> "CAFE") and collapses whitespace,
 * keeping punctuation so later passes can still see "SQ *", "#1234" and "UPI/DR/".
 */
export function cleanDescriptor(raw: string): string {
  const bounded = raw.slice(0, MAX_DESCRIPTOR_LENGTH);
  return bounded
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[\s\u0000-\u001f]+/g, " ")
    .trim();
}

/**
 * Splits a cleaned descriptor into word tokens for lexicon matching and learning. "&" and
 * apostrophes join ("AT&T" -> "ATT", "H+M" -> "HM", "MCDONALD'S" -> "MCDONALDS"); other punctuation separates.
 */
export function tokenizeDescriptor(cleaned: string): string[] {
  return cleaned
    .replace(/[&+'’`]/g, "")
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((token) => token.length > 0);
}
