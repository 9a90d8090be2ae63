import { describe, expect, it } from "vitest";
import { categorizeTransaction, DEFAULT_MODEL_THRESHOLD, MODEL_FALLBACK_THRESHOLD } from "./categorize-transaction";
import { categorizeWithBuiltin } from "./categorize-with-builtin";
import { deriveEvidenceMappings } from "./derive-evidence-mappings";
import { deriveMerchantMappings, toMerchantKey } from "./derive-merchant-mappings";
import { findMerchantMapping } from "./find-merchant-mapping";
import { parseCategoryModel, predictCategory } from "./predict-category";
import { normalizeMerchant } from "./normalize-merchant";
import { trainModel, type TrainingExample } from "./train-model";
import { HANG_GUARD_MS } from "@/tests/helpers/hang-guard";

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

  it("handles a 1 MB description", { timeout: HANG_GUARD_MS }, () => {
    const model = trainModel(examples);
    const prediction = predictCategory(model, { description: `MAPLE AND OAK ${"Z".repeat(1_000_000)}`, amount: -2000 });
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

describe("what the user's corrections teach beats what Fathom knows", () => {
  const tx = (description: string, amount = -2500) => ({ description, amount, currency: "USD" });
  const corrected = (description: string, categoryKey: string, amount = -2500): TrainingExample => ({ description, amount, categoryKey, merchant: normalizeMerchant(description) });
  const learnFrom = (examples: TrainingExample[]) => ({
    merchantMappings: deriveMerchantMappings(examples.map((example) => ({ merchant: example.merchant ?? "", categoryKey: example.categoryKey }))),
    model: trainModel(examples),
  });

  it("a merchant corrected consistently follows the user even where the lexicon is sure, and an inconsistent one does not", () => {
    const starbucks = tx("STARBUCKS STORE 1234 SEATTLE WA", -575);
    expect(categorizeTransaction(starbucks)).toMatchObject({ categoryKey: "coffee_shops", source: "builtin", confidence: 0.9 });
    const consistent = learnFrom([
      corrected("STARBUCKS STORE 77 PORTLAND OR", "restaurants"),
      corrected("STARBUCKS COFFEE 9", "restaurants"),
      corrected("CHIPOTLE 1234", "restaurants"),
    ]);
    expect(categorizeTransaction(starbucks, consistent)).toMatchObject({ categoryKey: "restaurants", source: "learned", confidence: 0.95 });
    // The model alone may not outvote a merchant the lexicon knows: only the user's mapping for it does.
    expect(categorizeTransaction(starbucks, { model: consistent.model })).toMatchObject({ categoryKey: "coffee_shops", source: "builtin" });

    const torn = learnFrom([
      corrected("STARBUCKS STORE 77 PORTLAND OR", "restaurants"),
      corrected("STARBUCKS COFFEE 9", "groceries"),
      corrected("STARBUCKS STORE 12", "restaurants"),
      corrected("STARBUCKS STORE 13", "groceries"),
    ]);
    expect(torn.merchantMappings).toEqual([]);
    expect(categorizeTransaction(starbucks, torn)).toMatchObject({ categoryKey: "coffee_shops", source: "builtin" });
  });

  const history = [
    corrected("OAKHILL ASSOCIATES PC #570", "doctor", -12000),
    corrected("GREENFIELD MANAGEMENT", "rent", -120000),
    corrected("STARBUCKS STORE 1234", "coffee_shops", -500),
    corrected("SHELL OIL 5744", "fuel", -4000),
    corrected("TESCO STORES 3021", "groceries", -4500),
    corrected("UBER TRIP", "rideshare", -1500),
    corrected("NETFLIX.COM", "streaming", -1549),
    corrected("CHIPOTLE 1234", "restaurants", -1100),
    corrected("BLUE HARBOR CAFE", "restaurants", -2100),
  ];

  it("the model generalizes to a merchant never corrected that shares its words with a corrected one", () => {
    const learned = learnFrom(history);
    const riverside = tx("RIVERSIDE ASSOCIATES PC", -9000);
    expect(categorizeTransaction(riverside)).toMatchObject({ categoryKey: "other", source: "default" });
    expect(findMerchantMapping(learned.merchantMappings, normalizeMerchant(riverside.description))).toBeUndefined();
    const result = categorizeTransaction(riverside, learned);
    expect(result).toMatchObject({ categoryKey: "doctor", source: "learned" });
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.explanation).toBe("It resembles transactions you put in Doctor & Dentist.");
  });

  it("a confident model overrides a weak built-in guess: a payment rail is not a transfer when the payee resembles a corrected one", () => {
    const upi = tx("UPI/DR/372879291495/RIVERSIDE ASSOCIATES PC/HDFC/riverside@okhdfcbank/Pay", -9000);
    const cold = categorizeTransaction(upi);
    expect(cold.source).toBe("builtin");
    expect(cold.confidence).toBeLessThan(0.8);
    expect(categorizeTransaction(upi, learnFrom(history))).toMatchObject({ categoryKey: "doctor", source: "learned" });
  });

  it("one shared word from one correction is a tentative guess that never overrides built-in knowledge, and the amount band never outvotes a word", () => {
    const { model } = learnFrom(history);
    // The amount (a 90.00 payment) is in the band of the restaurant corrections; "MANAGEMENT" was only ever rent.
    const parkview = predictCategory(model, { description: "PARKVIEW MANAGEMENT", amount: -9000 });
    expect(parkview).toMatchObject({ categoryKey: "rent", knownFeatureCount: 1 });
    expect(parkview?.confidence).toBeGreaterThanOrEqual(MODEL_FALLBACK_THRESHOLD);
    expect(parkview?.confidence).toBeLessThan(DEFAULT_MODEL_THRESHOLD);
    // With nothing else to go on, a tentative guess beats "Other"...
    expect(categorizeTransaction(tx("PARKVIEW MANAGEMENT", -9000), { model })).toMatchObject({ categoryKey: "rent", source: "learned" });
    // ...but not a built-in answer, however weak.
    const rail = tx("UPI/DR/104018692370/PARKVIEW MANAGEMENT/HDFC/parkview@okhdfcbank/Pay", -9000);
    expect(categorizeTransaction(rail, { model })).toMatchObject({ categoryKey: categorizeTransaction(rail).categoryKey, source: "builtin" });
  });

  it("a place name shared with corrected merchants never overrules built-in knowledge", () => {
    // The user corrected several cash machines in Camden; the council tax of Camden is still a tax.
    const atms = Array.from({ length: 4 }, (_, i) => corrected(`LINK ATM CAMDEN HIGH ST ${i}`, "other", -10000));
    const { model } = learnFrom([...atms, corrected("TESCO STORES 3021", "groceries", -4500)]);
    const councilTax = tx("LB CAMDEN CTAX DDR", -14500);
    expect(categorizeTransaction(councilTax)).toMatchObject({ categoryKey: "taxes", source: "builtin" });
    const prediction = predictCategory(model, { ...councilTax, merchant: normalizeMerchant(councilTax.description) });
    expect(prediction).toMatchObject({ categoryKey: "other", knownFeatureCount: 1 });
    expect(prediction?.confidence).toBeGreaterThan(DEFAULT_MODEL_THRESHOLD);
    expect(categorizeTransaction(councilTax, { model })).toMatchObject({ categoryKey: "taxes", source: "builtin" });
  });
});
