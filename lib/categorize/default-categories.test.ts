import { describe, expect, it } from "vitest";
import { DEFAULT_CATEGORIES, findTopLevelKeyByName, getTopLevelCategoryKey, TOP_LEVEL_CATEGORY_KEYS } from "./default-categories";
import { LEXICON } from "./match-lexicon";

describe("default categories", () => {
  it("has ten top-level categories and unique keys", () => {
    expect(DEFAULT_CATEGORIES.filter((c) => c.parentKey === null).map((c) => c.key)).toEqual([...TOP_LEVEL_CATEGORY_KEYS]);
    expect(new Set(DEFAULT_CATEGORIES.map((c) => c.key)).size).toBe(DEFAULT_CATEGORIES.length);
  });

  it("rolls subcategories up and resolves display names", () => {
    expect(getTopLevelCategoryKey("groceries")).toBe("food_and_dining");
    expect(getTopLevelCategoryKey("income")).toBe("income");
    expect(getTopLevelCategoryKey("user_made")).toBe("other");
    expect(findTopLevelKeyByName(" bills &  utilities ")).toBe("bills_and_utilities");
    expect(findTopLevelKeyByName("Groceries")).toBeUndefined();
  });

  it("only uses known category keys in the lexicon", () => {
    const unknown = LEXICON.filter((entry) => !DEFAULT_CATEGORIES.some((c) => c.key === entry.categoryKey));
    expect(unknown.map((e) => `${e.categoryKey}:${e.label}`)).toEqual([]);
  });
});
