import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./mask-personal-data";

describe("maskPersonalData", () => {
  it("keeps the last four digits of card numbers, grouped or not", () => {
    expect(maskPersonalData("POS 4111111111111111 BIG BAZAAR")).toBe("POS ************1111 BIG BAZAAR");
    expect(maskPersonalData("card 5500-0000-0000-0004 used")).toBe("card ****-****-****-0004 used");
    expect(maskPersonalData("amex 3782 822463 10005")).toBe("amex **** ****** *0005");
  });

  it("masks phone numbers but leaves dates and amounts alone", () => {
    expect(maskPersonalData("call +91 98765 43210 now")).toBe("call +** ***** ***10 now");
    expect(maskPersonalData("tel (415) 555-0132")).toBe("tel (***) ***-**32");
    expect(maskPersonalData("on 2024-01-15 paid 1234.56 and 12345678.90")).toBe("on 2024-01-15 paid 1234.56 and 12345678.90");
  });

  it("masks e-mail and UPI addresses, keeping the provider", () => {
    expect(maskPersonalData("UPI-RAVI KUMAR-ravi.kumar@okaxis-PAYMENT")).toBe("UPI-RAVI KUMAR-r***@okaxis-PAYMENT");
    expect(maskPersonalData("from jane.doe+bank@example.co.uk.")).toBe("from j***@example.co.uk.");
    expect(maskPersonalData("9876543210@ybl")).toBe("9***@ybl");
  });

  it("leaves text without personal data unchanged", () => {
    expect(maskPersonalData("TESCO STORES 3297 LONDON")).toBe("TESCO STORES 3297 LONDON");
  });
});
