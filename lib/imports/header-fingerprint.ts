import { normalizeHeader } from "./suggest-csv-mapping";

/**
 * A stable key for "this bank's export layout", used to find a user's saved mapping.
 * Headers are normalized (case, accents, punctuation, BOM) so cosmetic changes still match;
 * order matters because the mapping stores column positions.
 */
export function headerFingerprint(headers: readonly string[]): string {
  const canonical = headers.map(normalizeHeader).join("|").replace(/\|+$/, "");
  return `csv1-${fnv1a64(canonical)}`;
}

/** FNV-1a, 64 bit: tiny, dependency-free and deterministic; not for security. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}
