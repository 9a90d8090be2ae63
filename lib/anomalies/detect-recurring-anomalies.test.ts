import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import { detectRecurringStreams, type RecurringTransactionInput } from "@/lib/recurring/detect-recurring-streams";
import { detectMissedRecurring } from "./detect-missed-recurring";
import { detectPriceRises } from "./detect-price-rises";

function rows(merchantKey: string, dates: string[], amounts: number[] | number): RecurringTransactionInput[] {
  return dates.map((date, i) => ({
    id: `${merchantKey}-${i}`,
    date,
    amount: Array.isArray(amounts) ? (amounts[i] ?? 0) : amounts,
    currency: "USD",
    merchantKey,
  }));
}

const months = ["2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15"];

describe("detectPriceRises", () => {
  it("flags the latest charge above the band of earlier ones", () => {
    const streams = detectRecurringStreams(rows("netflix", months, [-1_549, -1_549, -1_549, -1_549, -1_799]), "2024-05-20");
    const [hit, ...rest] = detectPriceRises({ streams, merchantNames: { netflix: "Netflix" } });
    expect(rest).toEqual([]);
    expect(hit?.facts).toMatchObject({ amount: 1_799, usualAmount: 1_549, increase: 250, percent: 16 });
    expect(hit?.message).toBe("Netflix went up from $15.49 to $17.99 (16% more).");
    expect(inEnglish(hit?.explain)).toBe(hit?.message);
    expect(inGerman(hit?.explain)).toBe("Netflix ist von 15,49 $ auf 17,99 $ gestiegen (16 % mehr).");
    expect(hit?.dedupeKey).toBe("subscription-price-rise:netflix-4");
  });

  it("ignores rises inside the band, decreases, and income", () => {
    const small = detectRecurringStreams(rows("gym", months, [-4_000, -4_000, -4_000, -4_000, -4_200]), "2024-05-20");
    const down = detectRecurringStreams(rows("isp", months, [-6_000, -6_000, -6_000, -6_000, -5_000]), "2024-05-20");
    const pay = detectRecurringStreams(rows("salary", months, [100_000, 100_000, 100_000, 100_000, 120_000]), "2024-05-20");
    expect(detectPriceRises({ streams: [...small, ...down, ...pay] })).toEqual([]);
  });

  it("reports a rise once: the next charge at the new price is not another rise", () => {
    const next = [...months, "2024-06-15"];
    const streams = detectRecurringStreams(rows("netflix", next, [-1_549, -1_549, -1_549, -1_549, -1_799, -1_799]), "2024-06-20");
    expect(detectPriceRises({ streams })).toEqual([]);
  });

  it("ignores a varying bill, which has no price to rise", () => {
    const utility = detectRecurringStreams(rows("coned", months, [-6_500, -9_800, -7_200, -12_400, -14_500]), "2024-05-20");
    expect(utility).toHaveLength(1);
    expect(detectPriceRises({ streams: utility })).toEqual([]);
  });

  it("ignores a varying bill whose last two charges happened to agree", () => {
    // Two of three earlier bills within 0.4% of each other: their MAD alone would call that a price.
    const bill = detectRecurringStreams(rows("bescom", months.slice(0, 4), [-148_484, -149_000, -230_000, -255_379]), "2024-04-20");
    expect(bill[0]?.history).toHaveLength(4);
    expect(detectPriceRises({ streams: bill })).toEqual([]);
  });

  it("stops after 'this is normal'", () => {
    const streams = detectRecurringStreams(rows("netflix", months, [-1_549, -1_549, -1_549, -1_549, -1_799]), "2024-05-20");
    expect(detectPriceRises({ streams, suppressions: [{ merchantKey: "netflix", minAmount: 1_700, maxAmount: 1_900 }] })).toEqual([]);
  });
});

describe("detectMissedRecurring", () => {
  const streams = detectRecurringStreams(rows("acme payroll", months, 250_000), "2024-05-20");

  it("waits out the grace period, then flags once per expected date", () => {
    expect(streams[0]?.predictedNextDate).toBe("2024-06-15");
    expect(detectMissedRecurring({ streams, today: "2024-06-20" })).toEqual([]);
    const [hit] = detectMissedRecurring({ streams, today: "2024-06-21", merchantNames: { "acme payroll": "Acme Payroll" } });
    expect(hit?.facts).toMatchObject({ expectedDate: "2024-06-15", daysLate: 6 });
    expect(hit?.message).toBe("We expected income from Acme Payroll (about $2,500.00) around Jun 15; nothing yet, 6 days late.");
    expect(inEnglish(hit?.explain)).toBe(hit?.message);
    expect(inGerman(hit?.explain)).toBe("Wir haben Einnahmen von Acme Payroll (etwa 2.500,00 $) um den 15. Juni erwartet; bisher nichts, 6 Tage überfällig.");
    expect(hit?.dedupeKey).toBe("missed-recurring:acme payroll:USD:inflow:2024-06-15");
  });

  it("does not flag spending whose rhythm drifts, even when it classifies as monthly", () => {
    const drifting = detectRecurringStreams(rows("atm", ["2024-01-03", "2024-01-30", "2024-03-05", "2024-04-01", "2024-05-06"], -8_000), "2024-05-20");
    expect(drifting[0]?.status).toBe("established");
    expect(detectMissedRecurring({ streams: drifting, today: "2024-06-20" })).toEqual([]);
  });

  it("needs five tight gaps when the amounts vary, three when they agree", () => {
    const dates = ["2024-01-15", "2024-02-14", "2024-03-16", "2024-04-15", "2024-05-15"];
    // Cash withdrawals that happened to fall monthly four times: too short a run for varying amounts.
    const cash = detectRecurringStreams(rows("atm", dates, [-6_000, -9_500, -7_200, -8_800, -6_400]), "2024-05-20");
    expect(cash[0]?.status).toBe("established");
    expect(detectMissedRecurring({ streams: cash, today: "2024-06-25" })).toEqual([]);
    const longer = ["2023-11-15", "2023-12-15", ...dates];
    const bill = detectRecurringStreams(rows("con ed", longer, [-6_500, -11_000, -6_000, -9_500, -7_200, -8_800, -6_400]), "2024-05-20");
    expect(detectMissedRecurring({ streams: bill, today: "2024-06-25" }).map((a) => a.facts.expectedDate)).toEqual(["2024-06-15"]);
    const subscription = detectRecurringStreams(rows("hulu", dates.slice(1), -800), "2024-05-20");
    expect(detectMissedRecurring({ streams: subscription, today: "2024-06-25" })).toHaveLength(1);
  });

  it("does not flag early or ended streams", () => {
    const early = detectRecurringStreams(rows("hulu", months.slice(0, 3), -800), "2024-03-20");
    expect(detectMissedRecurring({ streams: early, today: "2024-04-25" })).toEqual([]);
    const endedView = detectRecurringStreams(rows("acme payroll", months, 250_000), "2024-07-20");
    expect(endedView[0]?.status).toBe("ended");
    expect(detectMissedRecurring({ streams: endedView, today: "2024-07-20" })).toEqual([]);
  });
});
