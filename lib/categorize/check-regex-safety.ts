/**
 * A conservative static check for user-supplied regular expressions. JavaScript's engine
 * backtracks, so a pattern like /(a+)+$/ takes exponential time on "aaaa…!". We reject the shapes
 * that cause that (a quantified group that itself contains a quantifier or an alternation, and
 * backreferences), cap polynomial blow-up by limiting unbounded quantifiers, and separately bound
 * the input length at match time (MAX_REGEX_INPUT_LENGTH in apply-rules.ts).
 */

export const MAX_PATTERN_LENGTH = 200;
/**
 * Each unbounded quantifier multiplies worst-case work by the input length, and an unanchored
 * search adds one more factor for the start position: two keep the worst case near 256^3 / 6 steps.
 */
export const MAX_UNBOUNDED_QUANTIFIERS = 2;
export const MAX_COUNTED_REPEAT = 100;

export type RegexSafety = { safe: true } | { safe: false; reason: string };

interface GroupFrame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

export function checkRegexSafety(pattern: string): RegexSafety {
  if (pattern.length === 0) return { safe: false, reason: "pattern is empty" };
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { safe: false, reason: `pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  }
  try {
    new RegExp(pattern, "i");
  } catch {
    return { safe: false, reason: "pattern is not a valid regular expression" };
  }

  const stack: GroupFrame[] = [{ hasQuantifier: false, hasAlternation: false }];
  // What the next quantifier would apply to: a single atom, or a just-closed group.
  let lastAtom: "none" | "atom" | GroupFrame = "none";
  let unbounded = 0;
  let index = 0;

  const current = (): GroupFrame => stack[stack.length - 1] ?? { hasQuantifier: false, hasAlternation: false };

  while (index < pattern.length) {
    const char = pattern.charAt(index);

    if (char === "\\") {
      const next = pattern.charAt(index + 1);
      if (/[1-9]/.test(next) || next === "k") return { safe: false, reason: "backreferences are not allowed" };
      index += 2;
      lastAtom = "atom";
      continue;
    }
    if (char === "[") {
      // Skip the character class; escapes inside it cannot open groups or quantify.
      index += 1;
      if (pattern.charAt(index) === "^") index += 1;
      if (pattern.charAt(index) === "]") index += 1;
      while (index < pattern.length && pattern.charAt(index) !== "]") index += pattern.charAt(index) === "\\" ? 2 : 1;
      index += 1;
      lastAtom = "atom";
      continue;
    }
    if (char === "(") {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      index += 1;
      if (pattern.charAt(index) === "?") {
        // (?: (?= (?! (?<= (?<! (?<name>: skip the group-kind marker.
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(pattern.slice(index));
        if (named) index += named[0].length;
        else index += pattern.charAt(index + 1) === "<" ? 3 : 2;
      }
      lastAtom = "none";
      continue;
    }
    if (char === ")") {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return { safe: false, reason: "unbalanced parentheses" };
      const parent = current();
      parent.hasQuantifier ||= closed.hasQuantifier;
      parent.hasAlternation ||= closed.hasAlternation;
      lastAtom = closed;
      index += 1;
      continue;
    }
    if (char === "|") {
      current().hasAlternation = true;
      lastAtom = "none";
      index += 1;
      continue;
    }

    let quantifier: { unbounded: boolean; max: number } | undefined;
    let length = 1;
    if (char === "*" || char === "+") quantifier = { unbounded: true, max: Infinity };
    else if (char === "?") quantifier = { unbounded: false, max: 1 };
    else if (char === "{") {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
      if (counted) {
        length = counted[0].length;
        const min = Number(counted[1]);
        const max = counted[2] === undefined ? min : counted[3] === "" ? Infinity : Number(counted[3]);
        if (Number.isFinite(max) && max > MAX_COUNTED_REPEAT) {
          return { safe: false, reason: `counted repetition above ${MAX_COUNTED_REPEAT} is not allowed` };
        }
        quantifier = { unbounded: !Number.isFinite(max), max };
      }
    }

    if (quantifier) {
      if (typeof lastAtom === "object") {
        const repeats = quantifier.max > 1;
        if (repeats && lastAtom.hasQuantifier) {
          return { safe: false, reason: "nested quantifiers like (a+)+ can take exponential time" };
        }
        if (repeats && lastAtom.hasAlternation) {
          return { safe: false, reason: "a repeated alternation like (a|ab)* can take exponential time; use a character class" };
        }
      }
      if (quantifier.unbounded) unbounded += 1;
      if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
        return { safe: false, reason: `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers` };
      }
      if (quantifier.max > 1) current().hasQuantifier = true;
      index += length;
      // A lazy or possessive-looking suffix ("+?") belongs to this quantifier.
      if (pattern.charAt(index) === "?") index += 1;
      lastAtom = "none";
      continue;
    }

    lastAtom = "atom";
    index += 1;
  }
  return { safe: true };
}
