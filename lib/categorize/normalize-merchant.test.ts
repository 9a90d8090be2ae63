import { describe, expect, it } from "vitest";
import { normalizeMerchant } from "./normalize-merchant";
import { HANG_GUARD_MS } from "@/tests/helpers/hang-guard";

describe("normalizeMerchant", () => {
  it.each([
    ["SQ *BLUE BOTTLE COFFEE Oakland CA", "Blue Bottle Coffee"],
    ["TST* LITTLE SHEEP HOT POT San Jose CA", "Little Sheep Hot Pot"],
    ["PAYPAL *NETFLIX", "Netflix"],
    ["AMZN Mktp US*2K4AB1CD2 Amzn.com/bill WA", "Amazon"],
    ["UPI/DR/123456789012/SWIGGY/YESB/swiggy@ybl/UPI", "Swiggy"],
    ["UPI-ZOMATO LTD-ZOMATO@HDFCBANK-HDFC0000001-412345678901-PAYMENT", "Zomato"],
    ["POS DEBIT CARD PURCHASE XXXX1234 STARBUCKS STORE #1234 SEATTLE WA", "Starbucks"],
    ["UBER *TRIP HELP.UBER.COM", "Uber"],
    ["Uber Eats help.uber.com CA", "Uber Eats"],
    ["PURCHASE AUTHORIZED ON 01/03 PUBLIX SUPER MAR 1440 TAMPA FL S584003123456789 CARD 9921", "Publix"],
    ["KARTENZAHLUNG REWE Markt GmbH Berlin 05.01", "REWE"],
    ["IMPS/P2A/406112233445/RAHUL VERMA/SBIN/transfer", "Rahul Verma"],
    ["JOES DINER #22 AUSTIN TX 01/05", "Joes Diner"],
    ["CARD PAYMENT TO THE CORNER CAFE ON 03-01-2024", "The Corner Cafe"],
    ["Café Müller München", "Cafe Muller"],
    ["DD OCTOPUS ENERGY LTD", "Octopus Energy"],
    ["WAL-MART #2381 BENTONVILLE AR", "Walmart"],
    ["7-ELEVEN 33812", "7-Eleven"],
    ["PAYTM*NAMMA METRO", "Namma Metro"],
    ["UBER *EATS HELP.UBER.COM", "Uber Eats"],
    ["UPI/DR/469450866005/SHELL 12345678/HDFC/shell@okhdfcbank/Pay", "Shell"],
    ["COMPRA TARJ REPSOL VALENCIA", "Repsol"],
    ["PHONEPE*ZEPTO MARKETPLACE", "Zepto"],
    ["IN *ACME PLUMBING LLC", "Acme Plumbing"],
  ])("%s -> %s", (raw, expected) => {
    expect(normalizeMerchant(raw)).toBe(expected);
  });

  it("names the processor when nothing follows its star", () => {
    expect(normalizeMerchant("PAYPAL *4029357733")).toBe("Paypal");
  });

  it("returns Unknown for empty or all-noise input", () => {
    expect(normalizeMerchant("")).toBe("Unknown");
    expect(normalizeMerchant("   ")).toBe("Unknown");
    expect(normalizeMerchant("123456 7890")).toBe("Unknown");
  });

  it("is case and accent insensitive", () => {
    expect(normalizeMerchant("starbucks coffee")).toBe(normalizeMerchant("STARBUCKS COFFEE"));
  });

  it("handles a 1 MB description and returns a short name", { timeout: HANG_GUARD_MS }, () => {
    const huge = `SQ *STARBUCKS ${"A".repeat(1_000_000)}`;
    const result = normalizeMerchant(huge);
    expect(result).toBe("Starbucks");
    const garbage = "x".repeat(1_000_000);
    expect(normalizeMerchant(garbage).length).toBeLessThanOrEqual(30);
  });

  it("survives hostile punctuation without hanging", { timeout: HANG_GUARD_MS }, () => {
    const hostile = "*".repeat(100_000) + "/".repeat(100_000) + "-".repeat(100_000);
    expect(normalizeMerchant(hostile)).toBe("Unknown");
    expect(normalizeMerchant(`UPI${"/".repeat(300_000)}`)).toBe("Upi");
  });
});
