import { describe, expect, it } from "vitest";
import { categorizeTransaction } from "./categorize-transaction";
import { categorizeWithBuiltin } from "./categorize-with-builtin";
import { deriveEvidenceMappings } from "./derive-evidence-mappings";
import { deriveMerchantMappings, toMerchantKey } from "./derive-merchant-mappings";
import { findMerchantMapping } from "./find-merchant-mapping";
import { parseCategoryModel, predictCategory } from "./predict-category";
import { trainModel, type TrainingExample } from "./train-model";

describe("deriveMerchantMappings", () => {
  it("maps a merchant after one correction and keys it insensitively", () => {
    const mappings = deriveMerchantMappings([{ merchant: "Joe's Diner", categoryKey: "restaurants" }]);
    expect(mappings).toEqual([{ merchantKey: "JOESDINER", merchant: "Joe's Diner", categoryKey: "restaurants", support: 1, agreement: 1 }]);
    expect(toMerchantKey("JOES DINER")).toBe(mappings[0]?.merchantKey);
  });

  it("drops merchants the user corrects inconsistently", () => {
    const mappings = deriveMerchantMappings([
      { merchant: "Target", categoryKey: "groceries" },
      { merchant: "Target", categoryKey: "clothing" },
      { merchant: "Target", categoryKey: "electronics" },
    ]);
    expect(mappings).toEqual([]);
  });

  it("follows the majority and breaks ties by the latest correction", () => {
    const majority = deriveMerchantMappings([
      { merchant: "Costco", categoryKey: "groceries", correctedAt: 1 },
      { merchant: "Costco", categoryKey: "groceries", correctedAt: 2 },
      { merchant: "Costco", categoryKey: "shopping", correctedAt: 3 },
    ]);
    expect(majority[0]).toMatchObject({ categoryKey: "groceries", support: 2 });
    expect(majority[0]?.agreement).toBeCloseTo(2 / 3);
    const tie = deriveMerchantMappings(
      [
        { merchant: "Costco", categoryKey: "groceries", correctedAt: "2024-01-01" },
        { merchant: "Costco", categoryKey: "shopping", correctedAt: "2024-02-01" },
      ],
      { minAgreement: 0.5 },
    );
    expect(tie[0]?.categoryKey).toBe("shopping");
  });

  it("honours minSupport", () => {
    expect(deriveMerchantMappings([{ merchant: "A", categoryKey: "x" }], { minSupport: 2 })).toEqual([]);
  });
});

describe("trainModel / predictCategory", () => {
  const examples: TrainingExample[] = [
    { description: "MAPLE AND OAK LONDON GB", amount: -2500, categoryKey: "restaurants" },
    { description: "SQ *MAPLE AND OAK", amount: -3100, categoryKey: "restaurants" },
    { description: "OAKHILL ASSOCIATES PC", amount: -18000, categoryKey: "doctor" },
    { description: "DD OAKHILL ASSOCIATES PC", amount: -9000, categoryKey: "doctor" },
    { description: "NORTHWIND LTD", amount: 320000, categoryKey: "salary" },
  ];

  it("learns merchants from corrections", () => {
    const model = trainModel(examples);
    const maple = predictCategory(model, { description: "KARTENZAHLUNG MAPLE AND OAK 12.03", amount: -2800 });
    expect(maple?.categoryKey).toBe("restaurants");
    expect(maple?.confidence).toBeGreaterThan(0.8);
    expect(maple?.knownFeatureCount).toBeGreaterThan(0);
    expect(predictCategory(model, { description: "UPI/DR/1234/OAKHILL ASSOCIATES PC/HDFC", amount: -9000 })?.categoryKey).toBe("doctor");
  });

  it("reports no known features for a merchant it has never seen", () => {
    const model = trainModel(examples);
    expect(predictCategory(model, { description: "ZYXW QRST", amount: -100 })?.knownFeatureCount).toBe(0);
  });

  it("is deterministic and survives a JSON round trip", () => {
    const model = trainModel(examples);
    expect(trainModel(examples)).toEqual(model);
    const restored = parseCategoryModel(JSON.parse(JSON.stringify(model)));
    const input = { description: "MAPLE AND OAK", amount: -2000 };
    expect(predictCategory(restored, input)).toEqual(predictCategory(model, input));
  });

  it("rejects a stored model of another shape", () => {
    expect(() => parseCategoryModel({ version: 99 })).toThrow();
    expect(() => parseCategoryModel({ version: 1, exampleCount: -1, vocabulary: [], classes: {} })).toThrow();
  });

  it("returns undefined for an empty model", () => {
    expect(predictCategory(trainModel([]), { description: "ANY", amount: -1 })).toBeUndefined();
  });

  it("handles a 1 MB description", () => {
    const model = trainModel(examples);
    const started = performance.now();
    const prediction = predictCategory(model, { description: `MAPLE AND OAK ${"Z".repeat(1_000_000)}`, amount: -2000 });
    expect(performance.now() - started).toBeLessThan(200);
    expect(prediction?.categoryKey).toBe("restaurants");
  });
});

describe("learning reaches similar descriptors", () => {
  const tx = (description: string, amount = -2500) => ({ description, amount, currency: "INR" });

  it("maps a merchant printed with a suffix, but never one known merchant onto another", () => {
    const mappings = deriveMerchantMappings([{ merchant: "Blue Harbor", categoryKey: "restaurants" }]);
    expect(findMerchantMapping(mappings, "Blue Harbor Cafe")).toMatchObject({ exact: false, mapping: { categoryKey: "restaurants" } });
    expect(findMerchantMapping(mappings, "BLUE HARBOR")).toMatchObject({ exact: true });
    expect(findMerchantMapping(mappings, "Blue Lagoon")).toBeUndefined();
    const uber = deriveMerchantMappings([{ merchant: "Uber", categoryKey: "travel" }]);
    expect(findMerchantMapping(uber, "Uber Eats")).toBeUndefined();
    // "Unknown" is what a descriptor without a name normalizes to: never learned.
    expect(findMerchantMapping(deriveMerchantMappings([{ merchant: "Unknown", categoryKey: "bars" }]), "Unknown")).toBeUndefined();
    // A lead too short to name a business ("Dr") is not similarity.
    expect(findMerchantMapping(deriveMerchantMappings([{ merchant: "Dr", categoryKey: "doctor" }]), "Dr Who Fan Club")).toBeUndefined();
  });

  it("after two corrections overruling the same built-in word, other merchants with that word follow, explained", () => {
    const atm = (place: string) => tx(`ATM WDL ${place}`, -500000);
    const builtinOf = (description: string) => categorizeWithBuiltin(tx(description, -500000));
    expect(builtinOf("ATM WDL SBI INDIRANAGAR")?.categoryKey).toBe("cash_withdrawal");
    const one = [{ evidence: builtinOf("ATM WDL SBI INDIRANAGAR")?.evidence, builtinCategoryKey: "cash_withdrawal", categoryKey: "other" }];
    expect(deriveEvidenceMappings(one)).toEqual([]);
    const two = [...one, { evidence: builtinOf("ATM WDL HDFC MG ROAD")?.evidence, builtinCategoryKey: "cash_withdrawal", categoryKey: "other" }];
    const evidenceMappings = deriveEvidenceMappings(two);
    const result = categorizeTransaction(atm("AXIS KORAMANGALA"), { evidenceMappings });
    expect(result).toMatchObject({ categoryKey: "other", source: "learned" });
    expect(result.explanation).toBe('You moved 2 transactions with the word "ATM" to Other, so this one follows.');
    // Corrections that agree with built-in knowledge teach nothing about overruling it.
    expect(deriveEvidenceMappings(two.map((c) => ({ ...c, categoryKey: "cash_withdrawal" })))).toEqual([]);
    // Unrelated descriptors are untouched.
    expect(categorizeTransaction(tx("SWIGGY BANGALORE"), { evidenceMappings }).categoryKey).toBe("food_delivery");
  });
});
