import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import { categorizeWithBuiltin } from "./categorize-with-builtin";
import { describeCategory, explainCategory, type StoredCategorization } from "./explain-category";

const tx = { description: "STARBUCKS STORE 1234 SEATTLE WA", amount: -575, currency: "USD" };
const base: StoredCategorization = { categoryName: "Coffee Shops", categoryKey: "coffee_shops", source: "builtin", confidence: 0.9, ruleName: null, merchant: "Starbucks" };

describe("explainCategory", () => {
  it("says the user chose it", () => {
    expect(explainCategory(tx, { ...base, source: "user", confidence: 1 })).toBe("You chose Coffee Shops for this transaction; rules and sync never override it.");
  });

  it("names the rule, or says it is gone", () => {
    expect(explainCategory(tx, { ...base, source: "rule", ruleName: "Work coffee" })).toBe('Your rule "Work coffee" puts it in Coffee Shops.');
    expect(explainCategory(tx, { ...base, source: "rule", ruleName: null })).toBe("A rule you have since deleted put it in Coffee Shops.");
  });

  it("re-derives the built-in reason with the stored confidence", () => {
    expect(explainCategory(tx, base)).toBe("Starbucks is a known merchant in this category (90% sure).");
  });

  it("falls back to a general sentence when the built-in reason no longer matches the stored category", () => {
    expect(explainCategory(tx, { ...base, categoryKey: "restaurants", categoryName: "Restaurants", confidence: 0.55 })).toBe(
      "Fathom's built-in knowledge of merchants and keywords suggests Restaurants (55% sure).",
    );
  });

  it("explains learned, provider, default and missing categories", () => {
    expect(explainCategory(tx, { ...base, source: "learned", confidence: 0.951 })).toBe(
      "Learned from your corrections: you put Starbucks and similar transactions in Coffee Shops (95% sure).",
    );
    expect(explainCategory(tx, { ...base, source: "provider" })).toBe("Your bank labelled it Coffee Shops.");
    expect(explainCategory(tx, { ...base, source: "default", categoryName: "Other" })).toBe("Nothing matched a rule, your corrections or a known merchant, so it is in Other.");
    expect(explainCategory(tx, { ...base, source: "default", categoryName: null, categoryKey: null })).toBe("It has not been categorized yet.");
  });
});

describe("describeCategory", () => {
  const cases: StoredCategorization[] = [
    { ...base, source: "user", confidence: 1 },
    { ...base, source: "rule", ruleName: "Work coffee" },
    { ...base, source: "rule", ruleName: null },
    base,
    { ...base, confidence: null },
    { ...base, categoryKey: "restaurants", categoryName: "Restaurants", confidence: 0.55 },
    { ...base, source: "learned", confidence: 0.951 },
    { ...base, source: "learned", merchant: null, confidence: null },
    { ...base, source: "provider" },
    { ...base, source: "default", categoryName: "Other" },
    { ...base, source: "default", categoryName: null, categoryKey: null },
  ];

  it("gives the English catalog the same sentence as the text", () => {
    for (const stored of cases) {
      const { text, message } = describeCategory(tx, stored);
      expect(inEnglish(message)).toBe(text);
    }
  });

  it("re-derives built-in reasons as messages for every kind of evidence", () => {
    const samples = [
      { description: "ATM WITHDRAWAL 0042", amount: -10_000 },
      { description: "AMAZON MKTPLACE PMTS", amount: 2_599 },
      { description: "ACME PAYROLL", amount: 250_000 },
      { description: "SAFEWAY #1234 FOOD", amount: -4_210 },
    ];
    const built = samples.flatMap((sample) => categorizeWithBuiltin({ ...sample, currency: "USD" }) ?? []);
    expect(new Set(built.map((result) => result.message.key)).size).toBeGreaterThanOrEqual(3);
    for (const result of built) expect(inEnglish(result.message)).toBe(result.explanation.replace(/\.$/, ""));
  });

  it("renders in German with the confidence as a German percentage", () => {
    expect(inGerman(describeCategory(tx, base).message)).toBe("Starbucks ist ein bekannter Händler dieser Kategorie (90 % sicher).");
    expect(inGerman(describeCategory(tx, { ...base, source: "rule", ruleName: "Work coffee" }).message)).toBe("Deine Regel „Work coffee“ ordnet sie Coffee Shops zu.");
    expect(inGerman(describeCategory(tx, { ...base, source: "default", categoryName: null, categoryKey: null }).message)).toBe("Sie wurde noch nicht kategorisiert.");
  });
});
