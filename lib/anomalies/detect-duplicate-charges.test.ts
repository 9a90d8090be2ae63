import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import type { AnomalyTransaction } from "./anomaly";
import { detectDuplicateCharges } from "./detect-duplicate-charges";

function tx(id: string, date: string, amount = -4_999, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return { id, date, amount, currency: "USD", merchantKey: "gym", merchantName: "City Gym", categoryKey: null, ...extra };
}
/** A card row with its authorization time (UTC). */
function timed(id: string, at: string, amount = -4_999, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return tx(id, at.slice(0, 10), amount, { authorizedAt: `${at}:00.000Z`, ...extra });
}

describe("detectDuplicateCharges", () => {
  it("flags the same amount at the same merchant minutes apart once, with the minutes in the sentence", () => {
    const a = timed("a", "2024-05-01T13:05");
    const b = timed("b", "2024-05-01T13:12");
    const found = detectDuplicateCharges({ candidates: [a, b], history: [a, b] });
    expect(found).toHaveLength(1);
    expect(found[0]?.transactionIds).toEqual(["a", "b"]);
    expect(found[0]?.message).toBe("Possible duplicate: two charges of $49.99 at City Gym 7 minutes apart.");
    expect(inEnglish(found[0]?.explain)).toBe(found[0]?.message);
    expect(inGerman(found[0]?.explain)).toBe("Mögliches Duplikat: zwei Abbuchungen von 49,99 $ bei City Gym im Abstand von 7 Minuten.");
    expect(found[0]?.facts).toMatchObject({ amount: 4_999, minutesApart: 7, daysApart: 0 });
    expect(found[0]?.score).toBeCloseTo(1 - 7 / 61, 10);
  });

  it("pairs timed charges across midnight, but not two visits hours apart on one day", () => {
    const lateNight = [timed("a", "2024-05-01T23:55"), timed("b", "2024-05-02T00:03")];
    expect(detectDuplicateCharges({ candidates: lateNight, history: [] }).map((f) => f.message)).toEqual([
      "Possible duplicate: two charges of $49.99 at City Gym 8 minutes apart.",
    ]);
    const coffees = [timed("m", "2024-05-01T09:10", -478, { merchantKey: "cafe" }), timed("n", "2024-05-01T15:40", -478, { merchantKey: "cafe" })];
    expect(detectDuplicateCharges({ candidates: coffees, history: [] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [timed("x", "2024-05-01T10:00"), timed("y", "2024-05-01T11:01")], history: [] })).toEqual([]);
  });

  it("without a time of day needs the same date", () => {
    const [found] = detectDuplicateCharges({ candidates: [tx("b", "2024-05-01")], history: [tx("a", "2024-05-01")] });
    expect(found?.message).toBe("Possible duplicate: two charges of $49.99 at City Gym on the same day.");
    expect(inEnglish(found?.explain)).toBe(found?.message);
    expect(found?.score).toBe(0.5);
    expect(detectDuplicateCharges({ candidates: [tx("b", "2024-05-02")], history: [tx("a", "2024-05-01")] })).toEqual([]);
    // One timed row and one dated row: only the date can be compared.
    expect(detectDuplicateCharges({ candidates: [timed("b", "2024-05-01T18:00")], history: [tx("a", "2024-05-01")] })).toHaveLength(1);
  });

  it("ignores different amounts, currencies or merchants", () => {
    const candidates = [tx("b", "2024-05-03")];
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-03", -5_000)] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-03", -4_999, { currency: "CAD" })] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates, history: [tx("a", "2024-05-03", -4_999, { merchantKey: "spa" })] })).toEqual([]);
  });

  it("never pairs a row with itself, a pending row, a refund, a transfer or an excluded row", () => {
    const a = tx("a", "2024-05-01");
    expect(detectDuplicateCharges({ candidates: [a], history: [a] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [a], history: [tx("p", "2024-05-01", -4_999, { pending: true })] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [tx("r", "2024-05-01", 4_999)], history: [tx("r2", "2024-05-01", 4_999)] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [a], history: [tx("t", "2024-05-01", -4_999, { isTransfer: true })] })).toEqual([]);
    expect(detectDuplicateCharges({ candidates: [a], history: [tx("e", "2024-05-01", -4_999, { excluded: true })] })).toEqual([]);
  });

  it("treats a habitual same-price purchase as routine", () => {
    const habit = ["2024-04-10", "2024-04-15", "2024-04-20", "2024-04-25"].map((d, i) => tx(`h${i}`, d, -450, { merchantKey: "cafe" }));
    const pair = [tx("a", "2024-05-01", -450, { merchantKey: "cafe" }), tx("b", "2024-05-01", -450, { merchantKey: "cafe" })];
    expect(detectDuplicateCharges({ candidates: pair, history: habit })).toEqual([]);
    // One earlier charge at that price is not yet a habit.
    expect(detectDuplicateCharges({ candidates: pair, history: habit.slice(0, 1) })).toHaveLength(1);
  });

  it("treats a fare seen on two recent days, or a pair billed together every month, as routine", () => {
    const pair = [tx("a", "2024-05-01", -290, { merchantKey: "metro" }), tx("b", "2024-05-01", -290, { merchantKey: "metro" })];
    const twoDays = [tx("h1", "2024-04-20", -290, { merchantKey: "metro" }), tx("h2", "2024-04-28", -290, { merchantKey: "metro" })];
    expect(detectDuplicateCharges({ candidates: pair, history: twoDays })).toEqual([]);
    // Two rides on one earlier day are one day of habit, not two.
    expect(detectDuplicateCharges({ candidates: pair, history: twoDays.slice(1).concat(tx("h3", "2024-04-28", -290, { merchantKey: "metro" })) })).toHaveLength(1);
    // Two phone lines billed together: news the first month (until "this is normal"), routine once it has repeated.
    const line = (id: string, date: string) => tx(id, date, -2_500, { merchantKey: "ee" });
    const thisMonth = [line("l5", "2024-05-01"), line("l6", "2024-05-01")];
    expect(detectDuplicateCharges({ candidates: thisMonth, history: [line("l3", "2024-04-01"), line("l4", "2024-04-01")] })).toHaveLength(1);
    const twoMonths = [line("l1", "2024-03-01"), line("l2", "2024-03-01"), line("l3", "2024-04-01"), line("l4", "2024-04-01")];
    expect(detectDuplicateCharges({ candidates: thisMonth, history: twoMonths })).toEqual([]);
  });

  it("treats two halves of the usual charge as a split payment", () => {
    const rent = ["2024-02-01", "2024-03-01", "2024-04-01"].map((d, i) => tx(`r${i}`, d, -185_000, { merchantKey: "landlord" }));
    const halves = [tx("a", "2024-05-01", -92_500, { merchantKey: "landlord" }), tx("b", "2024-05-01", -92_500, { merchantKey: "landlord" })];
    expect(detectDuplicateCharges({ candidates: halves, history: rent })).toEqual([]);
    // Rent charged twice in full is news.
    const twice = [tx("c", "2024-05-01", -185_000, { merchantKey: "landlord" }), tx("d", "2024-05-01", -185_000, { merchantKey: "landlord" })];
    expect(detectDuplicateCharges({ candidates: twice, history: rent })).toHaveLength(1);
    // At a cash machine amounts range widely: two equal withdrawals near half the median are a coincidence.
    const cash = [5_651, 9_686, 7_983, 8_676, 8_909, 9_013].map((a, i) => tx(`c${i}`, `2025-03-0${i + 1}`, -a, { merchantKey: "atm" }));
    const pair = [tx("w1", "2025-04-16", -4_105, { merchantKey: "atm" }), tx("w2", "2025-04-16", -4_105, { merchantKey: "atm" })];
    expect(detectDuplicateCharges({ candidates: pair, history: cash })).toHaveLength(1);
    // With one earlier charge there is no usual amount to split yet.
    expect(detectDuplicateCharges({ candidates: halves, history: rent.slice(0, 1) })).toHaveLength(1);
  });

  it("still flags a duplicated monthly bill (one earlier charge per month is not a habit)", () => {
    const bills = ["2024-02-01", "2024-03-01", "2024-04-01"].map((d, i) => tx(`m${i}`, d));
    const pair = [tx("a", "2024-05-01"), tx("b", "2024-05-01")];
    expect(detectDuplicateCharges({ candidates: pair, history: bills })).toHaveLength(1);
  });

  it("compares a foreign-currency pair only within its currency", () => {
    const eur = [timed("a", "2024-05-01T10:00", -4_999, { currency: "EUR" }), timed("b", "2024-05-01T10:02", -4_999, { currency: "EUR" })];
    const [found] = detectDuplicateCharges({ candidates: eur, history: [] });
    expect(found?.message).toBe("Possible duplicate: two charges of €49.99 at City Gym 2 minutes apart.");
    expect(found?.currency).toBe("EUR");
  });

  it("respects suppressions", () => {
    const suppressions = [{ kind: "duplicate-charge" as const, merchantKey: "gym", minAmount: 4_000, maxAmount: 6_000 }];
    expect(detectDuplicateCharges({ candidates: [tx("b", "2024-05-01")], history: [tx("a", "2024-05-01")], suppressions })).toEqual([]);
  });
});
