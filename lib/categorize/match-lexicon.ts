import { KEYWORD_DATA, MERCHANT_DATA } from "./merchant-lexicon";

export interface LexiconEntry {
  kind: "merchant" | "keyword";
  /** Display name for merchants, the phrase itself for keywords. */
  label: string;
  categoryKey: string;
  /** Keywords only: 1 hint, 2 strong, 3+ decisive (see merchant-lexicon.ts). Merchants use 0. */
  weight: number;
  /** Uppercase A-Z0-9 with spaces removed: compared against the descriptor's squashed tokens. */
  squashed: string;
  allowPrefix: boolean;
  /** Words in the spelling as written ("WHOLE FOODS" is 2): a short one-word name never spans tokens ("ENEL" is not "EN EL"). */
  words: number;
}

export interface LexiconMatch {
  entry: LexiconEntry;
  /** Index of the first token the match starts in. */
  tokenIndex: number;
}

/** Merchant spellings this long may match the start of a longer run ("STARBUCKSCOFFEE"). */
const MERCHANT_PREFIX_MIN_LENGTH = 8;
/**
 * Two-letter spellings collide with state and country codes ("C&A" vs "CA"), so only these
 * unambiguous ones are kept.
 */
const SHORT_SPELLINGS_ALLOWED = new Set(["BP", "O2", "HM", "BQ"]);

/** Spellings at least this long are distinctive enough to match across token breaks ("STARBUCKSCOFFEE", "WHOLE-FOODS"). */
const SPAN_FREE_LENGTH = 8;

function countWords(text: string): number {
  return text.toUpperCase().replace(/[&+'’`]/g, "").split(/[^A-Z0-9]+/).filter((word) => word.length > 0).length;
}

function squash(text: string): string {
  return text.toUpperCase().replace(/[&+'’`]/g, "").replace(/[^A-Z0-9]+/g, "");
}

function parseMerchants(data: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  let categoryKey = "other";
  for (const rawLine of data.split("\n")) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (line.startsWith("#")) {
      categoryKey = line.slice(1).trim();
      continue;
    }
    const [rawName = "", ...aliases] = line.split("|").map((part) => part.trim());
    // A leading "~" marks a name that is too ambiguous to match on its own ("Vi", "Orange").
    const nameIsAlias = !rawName.startsWith("~");
    const label = nameIsAlias ? rawName : rawName.slice(1);
    const words = new Map<string, number>();
    for (const text of [...(nameIsAlias ? [label] : []), ...aliases]) {
      const spelling = squash(text);
      if (spelling.length > 2 || SHORT_SPELLINGS_ALLOWED.has(spelling)) words.set(spelling, Math.max(words.get(spelling) ?? 0, countWords(text)));
    }
    for (const [spelling, wordCount] of words) {
      entries.push({
        kind: "merchant",
        label,
        categoryKey,
        weight: 0,
        squashed: spelling,
        allowPrefix: spelling.length >= MERCHANT_PREFIX_MIN_LENGTH,
        words: wordCount,
      });
    }
  }
  return entries;
}

function parseKeywords(data: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  let categoryKey = "other";
  let weight = 1;
  for (const rawLine of data.split("\n")) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (line.startsWith("#")) {
      const [key = "other", weightText = "1"] = line.slice(1).trim().split(/\s+/);
      categoryKey = key;
      weight = Number(weightText);
      continue;
    }
    for (const rawPhrase of line.split(",")) {
      const phrase = rawPhrase.trim();
      if (phrase === "") continue;
      const allowPrefix = phrase.endsWith("*");
      const text = allowPrefix ? phrase.slice(0, -1) : phrase;
      const squashed = squash(text);
      if (squashed === "") continue;
      entries.push({ kind: "keyword", label: text.trim(), categoryKey, weight, squashed, allowPrefix, words: countWords(text) });
    }
  }
  return entries;
}

export const LEXICON: ReadonlyArray<LexiconEntry> = [...parseMerchants(MERCHANT_DATA), ...parseKeywords(KEYWORD_DATA)];

/** A trie over the squashed spellings: from a token start, one step per character finds every spelling there. */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries whose spelling ends at this node, in lexicon order. */
  entries: LexiconEntry[];
}

const TRIE: TrieNode = { next: new Map(), entries: [] };
/** An entry's position in LEXICON: matches at one token start are reported in this order. */
const ORDER = new Map<LexiconEntry, number>();
LEXICON.forEach((entry, index) => {
  ORDER.set(entry, index);
  let node = TRIE;
  for (const char of entry.squashed) {
    let child = node.next.get(char);
    if (!child) node.next.set(char, (child = { next: new Map(), entries: [] }));
    node = child;
  }
  node.entries.push(entry);
});

/**
 * Finds every lexicon entry present in the tokens. A spelling must start at a token boundary and,
 * unless it allows prefixes, end at one too, so "BAR" never matches inside "BARCLAYS" while
 * "WHOLE FOODS", "WHOLEFOODS" and "WHOLE-FOODS" all match the same spelling. Each token start walks
 * the trie once (a few steps) instead of comparing every spelling that shares its first letter.
 */
export function matchLexicon(tokens: ReadonlyArray<string>): LexiconMatch[] {
  const joined = tokens.join("");
  const starts: number[] = [];
  /** End position -> index of the token ending there. */
  const ends = new Map<number, number>();
  let position = 0;
  tokens.forEach((token, index) => {
    starts.push(position);
    position += token.length;
    ends.set(position, index);
  });
  const matches: LexiconMatch[] = [];
  starts.forEach((start, tokenIndex) => {
    const found: LexiconMatch[] = [];
    let node: TrieNode | undefined = TRIE;
    for (let at = start; at < joined.length && node; ) {
      node = node.next.get(joined.charAt(at));
      at += 1;
      if (!node) break;
      for (const entry of node.entries) {
        const endToken = ends.get(at);
        if (!entry.allowPrefix && endToken === undefined) continue;
        const spanned = endToken === undefined ? 1 : endToken - tokenIndex + 1;
        if (spanned > entry.words && entry.squashed.length < SPAN_FREE_LENGTH) continue;
        found.push({ entry, tokenIndex });
      }
    }
    if (found.length > 1) found.sort((a, b) => (ORDER.get(a.entry) ?? 0) - (ORDER.get(b.entry) ?? 0));
    matches.push(...found);
  });
  return matches;
}

/** Finds the most specific (longest) known merchant in the tokens. */
export function findKnownMerchant(tokens: ReadonlyArray<string>): LexiconEntry | undefined {
  let best: LexiconEntry | undefined;
  for (const match of matchLexicon(tokens)) {
    if (match.entry.kind !== "merchant") continue;
    if (!best || match.entry.squashed.length > best.squashed.length) best = match.entry;
  }
  return best;
}

const MERCHANT_LABELS = new Set(LEXICON.filter((entry) => entry.kind === "merchant").map((entry) => squash(entry.label)));

/** True when the name is one of the lexicon's canonical merchant names (as normalizeMerchant returns them). */
export function isKnownMerchantLabel(name: string): boolean {
  return MERCHANT_LABELS.has(squash(name));
}

/**
 * A more specific merchant the whole descriptor names, starting like `entry`: the merchant part of
 * "UBER *EATS" is "UBER", but the descriptor names Uber Eats.
 */
export function findMoreSpecificMerchant(entry: LexiconEntry, matches: ReadonlyArray<LexiconMatch>): LexiconMatch | undefined {
  return matches.find(
    (match) => match.entry.kind === "merchant" && match.entry.squashed.length > entry.squashed.length && match.entry.squashed.startsWith(entry.squashed),
  );
}
