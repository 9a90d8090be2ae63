import { describe, expect, it } from "vitest";
import { categorizeTransaction } from "./categorize-transaction";
import { deriveMerchantMappings } from "./derive-merchant-mappings";
import { RuleSchema } from "./rule-schema";
import { trainModel } from "./train-model";
import type { CategorizableTransaction } from "./types";

const tx = (description: string, amount: number): CategorizableTransaction => ({ description, amount, currency: "USD" });

describe("categorizeTransaction built-in knowledge", () => {
  it.each([
    ["POS PURCHASE KROGER #0423 COLUMBUS OH", -8412, "groceries"],
    ["UBER *TRIP HELP.UBER.COM", -1822, "rideshare"],
    ["Uber Eats help.uber.com CA", -3112, "food_delivery"],
    ["NETFLIX.COM 866-579-7172 CA", -1549, "streaming"],
    ["CVS/PHARMACY #08821 ORLANDO FL", -1849, "pharmacy"],
    ["ACME WIDGETS INC PAYROLL PPD", 325000, "salary"],
    ["NEFT CR-HDFC0000240-INFOSYS LIMITED-SALARY FEB 2024", 8500000, "salary"],
    ["ONLINE TRANSFER TO SAVINGS XXXXXX7781", -50000, "account_transfer"],
    ["ATM WITHDRAWAL 002341 5TH AVE NEW YORK NY", -10000, "cash_withdrawal"],
    ["Miete Januar Wohnung", -115000, "rent"],
    ["VIREMENT SALAIRE FEVRIER", 265000, "salary"],
    ["MONTHLY SERVICE FEE", -1200, "bank_fees"],
    ["HERTZ RENT-A-CAR MIAMI FL", -21075, "car_rental"],
    ["HAPPY DRAGON RESTAURANT", -4200, "restaurants"],
    ["APOTHEKE AM MARKTPLATZ", -2340, "pharmacy"],
    // Two merchants: the first named is paid (a Shell forecourt with a Costcutter shop).
    ["SHELL COSTCUTTER 9314", -4120, "fuel"],
    // A wallet or processor in front: the payee after the star decides.
    ["PAYTM*BLINKIT", -45000, "groceries"],
    ["UBER *EATS HELP.UBER.COM", -2145, "food_delivery"],
    // A one-word name never matches across tokens: "EN EL" is not Enel.
    ["PAGO EN EL CORTE INGLES MADRID", -7500, "general_merchandise"],
    ["KARTENZAHLUNG H+M 123 MUENCHEN", -3999, "clothing"],
    // In a rail descriptor the bank and wallet fields ("PYTM", "@paytm") are not the payee.
    ["UPI/DR/512300000003/ANNAPURNA KIRANA STORE/PYTM/annapurna@paytm/Groceries", -51500, "groceries"],
    ["UPI/DR/469450866005/SHELL 12345678/HDFC/shell@okhdfcbank/Pay", -200000, "fuel"],
    ["GELDAUTOMAAT ABN AMRO AMSTERDAM", -5000, "cash_withdrawal"],
    ["AMAZON PRIME*WLTZ8SNU9", -899, "online_marketplaces"],
    ["AMAZON PRIME VIDEO*2K4AB", -599, "streaming"],
    // A transfer rail paying a landlord is rent, not a transfer.
    ["ZELLE PAYMENT TO OAKWOOD PROPERTY MGMT CONF# Z9RJE3K8", -185000, "rent"],
    ["LB CAMDEN CTAX DDR", -14800, "taxes"],
    ["PLATINUM CARD PAYMENT DDR", -41200, "credit_card_payment"],
    ["PAYMENT RECEIVED BBPS THANK YOU", 1540000, "credit_card_payment"],
  ])("%s -> %s", (description, amount, expected) => {
    const result = categorizeTransaction(tx(description, amount));
    expect(result.categoryKey).toBe(expected);
    expect(result.source).toBe("builtin");
    expect(result.explanation).toMatch(/\.$/);
  });

  it("treats income words on a debit as not income", () => {
    expect(categorizeTransaction(tx("INTEREST CHARGE ON PURCHASES", -1234)).categoryKey).toBe("bank_fees");
    expect(categorizeTransaction(tx("INTEREST PAYMENT", 312)).categoryKey).toBe("interest_and_dividends");
  });

  it("falls back to Other with low confidence", () => {
    const result = categorizeTransaction(tx("QWXZ HOLDINGS", -5000));
    expect(result).toMatchObject({ categoryKey: "other", source: "default", merchant: "Qwxz Holdings" });
    expect(result.confidence).toBeLessThan(0.3);
  });

  it("detects transfers that name one of the user's own accounts", () => {
    const result = categorizeTransaction(tx("TRANSFER 4821 CONF 99", -50000), { ownAccounts: [{ accountId: "a2", mask: "4821" }] });
    expect(result.categoryKey).toBe("account_transfer");
    expect(result.explanation).toContain("4821");
  });
});

describe("categorizeTransaction precedence", () => {
  const rules = [
    RuleSchema.parse({
      id: "coffee-is-work",
      conditions: [{ type: "merchant", operator: "equals", value: "Starbucks" }],
      actions: [{ type: "set_category", categoryKey: "other" }, { type: "rename_merchant", merchant: "Office Coffee" }],
    }),
  ];
  const starbucks = tx("STARBUCKS STORE 1234 SEATTLE WA", -550);

  it("lets the user's correction beat everything", () => {
    const result = categorizeTransaction(starbucks, { correction: { categoryKey: "travel" }, rules });
    expect(result).toMatchObject({ categoryKey: "travel", source: "user", confidence: 1, merchant: "Office Coffee" });
  });

  it("lets a rule beat learned and built-in knowledge", () => {
    const merchantMappings = deriveMerchantMappings([{ merchant: "Starbucks", categoryKey: "shopping" }]);
    const result = categorizeTransaction(starbucks, { rules, merchantMappings });
    expect(result).toMatchObject({ categoryKey: "other", source: "rule", ruleId: "coffee-is-work", merchant: "Office Coffee" });
  });

  it("lets a learned merchant mapping beat built-in knowledge", () => {
    const merchantMappings = deriveMerchantMappings([{ merchant: "Starbucks", categoryKey: "shopping" }]);
    const result = categorizeTransaction(starbucks, { merchantMappings });
    expect(result).toMatchObject({ categoryKey: "shopping", source: "learned" });
    expect(result.explanation).toContain("Starbucks");
  });

  it("uses a rule's mark_transfer as the Transfers category and keeps exclude as a flag", () => {
    const transferRule = RuleSchema.parse({
      id: "t",
      conditions: [{ type: "description", operator: "contains", value: "starbucks" }],
      actions: [{ type: "mark_transfer" }, { type: "exclude" }],
    });
    expect(categorizeTransaction(starbucks, { rules: [transferRule] })).toMatchObject({
      categoryKey: "transfers",
      source: "rule",
      isTransfer: true,
      excluded: true,
    });
  });

  it("uses the model for merchants the lexicon does not know, but not over a known merchant", () => {
    const model = trainModel([
      { description: "GREENFIELD MANAGEMENT", amount: -120000, categoryKey: "rent" },
      { description: "DD GREENFIELD MANAGEMENT", amount: -120000, categoryKey: "rent" },
      { description: "KROGER #12", amount: -5000, categoryKey: "shopping" },
      { description: "KROGER #13", amount: -5200, categoryKey: "shopping" },
    ]);
    const unknown = categorizeTransaction(tx("CB GREENFIELD MANAGEMENT 13/08", -120000), { model });
    expect(unknown).toMatchObject({ categoryKey: "rent", source: "learned" });
    const known = categorizeTransaction(tx("KROGER #14", -5100), { model });
    expect(known).toMatchObject({ categoryKey: "groceries", source: "builtin" });
  });
});
