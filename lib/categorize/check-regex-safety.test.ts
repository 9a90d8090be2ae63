import { describe, expect, it } from "vitest";
import { checkRegexSafety } from "./check-regex-safety";

describe("checkRegexSafety", () => {
  it.each([
    "^amzn",
    "uber\\s*\\*?trip",
    "(netflix|hulu)",
    "^(?:sq|tst)\\s*\\*",
    "[a-z]+ coffee",
    "\\d{4}$",
    "(ab)?c",
    "(?<store>\\w+) #\\d+",
  ])("accepts %s", (pattern) => {
    expect(checkRegexSafety(pattern)).toEqual({ safe: true });
  });

  it.each([
    ["(a+)+$", "nested"],
    ["(a*)*b", "nested"],
    ["(\\w+\\s?)*$", "nested"],
    ["(.*a){20}", "nested"],
    ["((ab)+)+", "nested"],
    ["(a|aa)*$", "alternation"],
    ["(x|y)+z", "alternation"],
    ["(a)\\1", "backreference"],
    ["(?<x>a)\\k<x>", "backreference"],
    [".*a.*b.*c", "unbounded"],
    ["a{1,1000}", "counted"],
    ["(", "valid"],
    ["", "empty"],
    ["a".repeat(201), "longer"],
  ])("rejects %s", (pattern, reasonFragment) => {
    const verdict = checkRegexSafety(pattern);
    expect(verdict.safe).toBe(false);
    if (!verdict.safe) expect(verdict.reason).toContain(reasonFragment);
  });

  it("ignores quantifier characters inside character classes", () => {
    expect(checkRegexSafety("([+*])+")).toEqual({ safe: true });
  });
});
