import { describe, expect, it } from "vitest";
import { applyRules, MAX_REGEX_INPUT_LENGTH } from "./apply-rules";
import { RuleSchema, type Rule, type RuleInput } from "./rule-schema";
import type { CategorizableTransaction } from "./types";
import { HANG_GUARD_MS } from "@/tests/helpers/hang-guard";

function rule(input: RuleInput): Rule {
  return RuleSchema.parse(input);
}

const coffee: CategorizableTransaction = {
  description: "SQ *BLUE BOTTLE COFFEE Oakland CA",
  amount: -675,
  currency: "USD",
  accountId: "acct_checking",
  bankCategory: "FOOD_AND_DRINK",
};

describe("RuleSchema", () => {
  it("fills enabled and priority defaults", () => {
    const parsed = rule({ id: "r1", conditions: [{ type: "description", operator: "contains", value: "coffee" }], actions: [{ type: "exclude" }] });
    expect(parsed.enabled).toBe(true);
    expect(parsed.priority).toBe(0);
  });

  it("rejects catastrophic regexes with a readable message", () => {
    const result = RuleSchema.safeParse({
      id: "evil",
      conditions: [{ type: "description", operator: "regex", value: "(a+)+$" }],
      actions: [{ type: "set_category", categoryKey: "other" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/unsafe regex: nested quantifiers/);
  });

  it("rejects rules without conditions or actions, and inverted amount ranges", () => {
    expect(RuleSchema.safeParse({ id: "a", conditions: [], actions: [{ type: "exclude" }] }).success).toBe(false);
    expect(RuleSchema.safeParse({ id: "a", conditions: [{ type: "account", accountIds: ["x"] }], actions: [] }).success).toBe(false);
    expect(
      RuleSchema.safeParse({ id: "a", conditions: [{ type: "amount", min: 500, max: 100 }], actions: [{ type: "exclude" }] }).success,
    ).toBe(false);
    expect(
      RuleSchema.safeParse({ id: "a", conditions: [{ type: "amount" }], actions: [{ type: "exclude" }] }).success,
    ).toBe(false);
  });

  it("round-trips through JSON", () => {
    const parsed = rule({
      id: "r1",
      priority: 5,
      conditions: [{ type: "amount", min: 100, direction: "debit", currency: "USD" }],
      actions: [{ type: "set_category", categoryKey: "coffee_shops" }],
    });
    expect(RuleSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
});

describe("applyRules", () => {
  it("returns no changes when nothing matches", () => {
    const outcome = applyRules(coffee, [
      rule({ id: "r1", conditions: [{ type: "description", operator: "contains", value: "tea" }], actions: [{ type: "exclude" }] }),
    ]);
    expect(outcome).toEqual({ changes: {}, decidedBy: {}, matchedRuleIds: [] });
  });

  it("matches each text operator case-insensitively", () => {
    const cases: RuleInput["conditions"] = [
      { type: "description", operator: "contains", value: "blue bottle" },
      { type: "description", operator: "starts_with", value: "sq *" },
      { type: "description", operator: "equals", value: "sq *blue bottle coffee oakland ca" },
      { type: "description", operator: "regex", value: "bottle\\s+coffee" },
      { type: "merchant", operator: "equals", value: "blue bottle coffee" },
      { type: "bank_category", operator: "contains", value: "food" },
    ];
    for (const condition of cases) {
      const outcome = applyRules(coffee, [rule({ id: "r", conditions: [condition], actions: [{ type: "set_category", categoryKey: "coffee_shops" }] })]);
      expect(outcome.changes, JSON.stringify(condition)).toEqual({ categoryKey: "coffee_shops" });
    }
  });

  it("requires every condition (AND)", () => {
    const both = rule({
      id: "r",
      conditions: [
        { type: "merchant", operator: "contains", value: "bottle" },
        { type: "account", accountIds: ["acct_savings"] },
      ],
      actions: [{ type: "exclude" }],
    });
    expect(applyRules(coffee, [both]).matchedRuleIds).toEqual([]);
    expect(applyRules({ ...coffee, accountId: "acct_savings" }, [both]).matchedRuleIds).toEqual(["r"]);
  });

  it("checks amount range on the absolute value and sign separately", () => {
    const smallDebit = rule({ id: "r", conditions: [{ type: "amount", min: 500, max: 1000, direction: "debit" }], actions: [{ type: "exclude" }] });
    expect(applyRules(coffee, [smallDebit]).changes).toEqual({ excluded: true });
    expect(applyRules({ ...coffee, amount: 675 }, [smallDebit]).changes).toEqual({});
    expect(applyRules({ ...coffee, amount: -1001 }, [smallDebit]).changes).toEqual({});
    expect(applyRules({ ...coffee, amount: -500 }, [smallDebit]).changes).toEqual({ excluded: true });
    const euroOnly = rule({ id: "e", conditions: [{ type: "amount", min: 1, currency: "EUR" }], actions: [{ type: "exclude" }] });
    expect(applyRules(coffee, [euroOnly]).changes).toEqual({});
  });

  it("lets the highest priority rule own a field and reports who decided", () => {
    const low = rule({ id: "low", priority: 1, conditions: [{ type: "description", operator: "contains", value: "coffee" }], actions: [{ type: "set_category", categoryKey: "restaurants" }, { type: "rename_merchant", merchant: "Blue Bottle" }] });
    const high = rule({ id: "high", priority: 10, conditions: [{ type: "description", operator: "contains", value: "bottle" }], actions: [{ type: "set_category", categoryKey: "coffee_shops" }] });
    const outcome = applyRules(coffee, [low, high]);
    expect(outcome.changes).toEqual({ categoryKey: "coffee_shops", merchant: "Blue Bottle" });
    expect(outcome.decidedBy).toEqual({ categoryKey: "high", merchant: "low" });
    expect(outcome.matchedRuleIds).toEqual(["high", "low"]);
  });

  it("breaks priority ties by id so storage order does not matter", () => {
    const a = rule({ id: "a", conditions: [{ type: "description", operator: "contains", value: "coffee" }], actions: [{ type: "set_category", categoryKey: "x" }] });
    const b = rule({ id: "b", conditions: [{ type: "description", operator: "contains", value: "coffee" }], actions: [{ type: "set_category", categoryKey: "y" }] });
    expect(applyRules(coffee, [b, a]).changes.categoryKey).toBe("x");
    expect(applyRules(coffee, [a, b]).changes.categoryKey).toBe("x");
  });

  it("skips disabled rules and supports mark_transfer", () => {
    const disabled = rule({ id: "off", enabled: false, conditions: [{ type: "account", accountIds: ["acct_checking"] }], actions: [{ type: "exclude" }] });
    const transfer = rule({ id: "t", conditions: [{ type: "account", accountIds: ["acct_checking"] }], actions: [{ type: "mark_transfer" }] });
    const outcome = applyRules(coffee, [disabled, transfer]);
    expect(outcome.changes).toEqual({ isTransfer: true });
    expect(outcome.decidedBy).toEqual({ isTransfer: "t" });
  });

  it("never matches a bank_category condition when the bank gave none", () => {
    const r = rule({ id: "r", conditions: [{ type: "bank_category", operator: "contains", value: "food" }], actions: [{ type: "exclude" }] });
    expect(applyRules({ ...coffee, bankCategory: null }, [r]).changes).toEqual({});
  });

  it("does not run an unsafe regex that bypassed validation", { timeout: HANG_GUARD_MS }, () => {
    const smuggled: Rule = {
      id: "smuggled",
      enabled: true,
      priority: 0,
      conditions: [{ type: "description", operator: "regex", value: "(a+)+$" }],
      actions: [{ type: "exclude" }],
    };
    const outcome = applyRules({ ...coffee, description: `${"a".repeat(40)}!` }, [smuggled]);
    expect(outcome.changes).toEqual({});
  });

  it("finishes on a 1 MB description with the worst allowed regex", { timeout: HANG_GUARD_MS }, () => {
    const worst = rule({ id: "w", conditions: [{ type: "description", operator: "regex", value: "a.*a.*b" }], actions: [{ type: "exclude" }] });
    const contains = rule({ id: "c", conditions: [{ type: "description", operator: "contains", value: "needle" }], actions: [{ type: "exclude" }] });
    const huge = { ...coffee, description: "a".repeat(1_000_000) };
    const outcome = applyRules(huge, [worst, contains]);
    expect(outcome.changes).toEqual({});
  });

  it("only looks at the first MAX_REGEX_INPUT_LENGTH characters for regexes", () => {
    const tail = rule({ id: "t", conditions: [{ type: "description", operator: "regex", value: "needle" }], actions: [{ type: "exclude" }] });
    const early = { ...coffee, description: `needle${" ".repeat(MAX_REGEX_INPUT_LENGTH)}` };
    const late = { ...coffee, description: `${" ".repeat(MAX_REGEX_INPUT_LENGTH)}needle` };
    expect(applyRules(early, [tail]).changes).toEqual({ excluded: true });
    expect(applyRules(late, [tail]).changes).toEqual({});
  });
});
