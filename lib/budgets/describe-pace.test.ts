import { describe, expect, it } from "vitest";
import { computeBudgetStatus, type BudgetTransaction } from "./compute-budget-status";
import { describePace } from "./describe-pace";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";

function tx(date: string, amount: number): BudgetTransaction {
  return { date, amount, categoryKey: "dining", pending: false, isTransfer: false, excluded: false };
}

function paceFor(amount: number, spentByToday: number, today: string, period: "monthly" | "weekly" = "monthly") {
  const status = computeBudgetStatus({
    budget: { amount, currency: "USD", period, categoryKey: "dining" },
    transactions: spentByToday ? [tx(today, -spentByToday)] : [],
    today,
  });
  return describePace({ status, periodKind: period, label: "Dining" });
}

describe("describePace", () => {
  it("warns when the projection exceeds the budget, naming the day", () => {
    // $300 by June 10 -> $900 projected against $400: exceed by $500; $30/day passes $400 on day 14.
    const pace = paceFor(40_000, 30_000, "2024-06-10");
    expect(pace.verdict).toBe("will-exceed");
    expect(pace.projectedSpend).toBe(90_000);
    expect(pace.exceedDate).toBe("2024-06-14");
    expect(pace.sentence).toBe("At this pace you will exceed Dining by about $500 around the 14th.");
  });

  it("says on track with what will be left", () => {
    // $100 by June 15 -> $200 projected of $280 -> $80 left.
    const pace = paceFor(28_000, 10_000, "2024-06-15");
    expect(pace.verdict).toBe("on-track");
    expect(pace.sentence).toBe("On track: about $80 left at the end of the month.");
  });

  it("is honest when already over", () => {
    const pace = paceFor(10_000, 12_345, "2024-06-20");
    expect(pace.verdict).toBe("over");
    expect(pace.sentence).toBe("You are $23.45 over your Dining budget this month.");
  });

  it("does not extrapolate from the first days of a period", () => {
    const pace = paceFor(40_000, 20_000, "2024-06-01");
    expect(pace.verdict).toBe("early");
    expect(pace.sentence).toBe("Early in the month: $200.00 of $400.00 spent so far.");
  });

  it("handles nothing spent and thousands separators", () => {
    const pace = paceFor(250_000, 0, "2024-06-20");
    expect(pace.sentence).toBe("On track: about $2,500 left at the end of the month.");
  });

  it("names a calendar date for non-monthly periods", () => {
    // Week of Mon 2024-06-03; $60 by Wed (3 days) -> $20/day passes $100 on day 6 (Sat Jun 8).
    const pace = paceFor(10_000, 6_000, "2024-06-05", "weekly");
    expect(pace.exceedDate).toBe("2024-06-08");
    expect(pace.sentence).toBe("At this pace you will exceed Dining by about $40 around Jun 8.");
  });

  it("keeps zero-decimal currencies intact", () => {
    const status = computeBudgetStatus({
      budget: { amount: 10_000, currency: "JPY", period: "monthly" },
      transactions: [],
      today: "2024-06-20",
    });
    expect(describePace({ status, periodKind: "monthly" }).sentence).toBe("On track: about ¥10,000 left at the end of the month.");
  });
});

describe("describePace messages", () => {
  const cases = [
    paceFor(40_000, 30_000, "2024-06-10"),
    paceFor(28_000, 10_000, "2024-06-15"),
    paceFor(10_000, 12_345, "2024-06-20"),
    paceFor(40_000, 20_000, "2024-06-01"),
    paceFor(10_000, 6_000, "2024-06-05", "weekly"),
  ];

  it("say in the English catalog exactly what the sentence says", () => {
    for (const pace of cases) expect(inEnglish(pace.message)).toBe(pace.sentence);
    const status = computeBudgetStatus({ budget: { amount: 10_000, currency: "JPY", period: "monthly" }, transactions: [], today: "2024-06-20" });
    const unnamed = describePace({ status, periodKind: "monthly" });
    expect(inEnglish(unnamed.message)).toBe(unnamed.sentence);
    const over = describePace({ status: { ...status, spent: 12_000 }, periodKind: "monthly" });
    expect(inEnglish(over.message)).toBe(over.sentence);
  });

  it("carry the amounts raw so German formats them", () => {
    expect(cases[0]?.message).toEqual({ key: "pace.willExceedNamed", params: { name: "Dining", amount: { money: 50_000, currency: "USD", whole: true }, when: { key: "pace.onDay", params: { day: 14 } } } });
    expect(cases.map((pace) => inGerman(pace.message))).toEqual([
      "In diesem Tempo überschreitest du Dining ungefähr am 14. um etwa 500 $.",
      "Im Plan: am Ende des Monats bleiben etwa 80 $ übrig.",
      "Du liegst diesen Monat 23,45 $ über deinem Budget Dining.",
      "Früh im Verlauf des Monats: bisher 200,00 $ von 400,00 $ ausgegeben.",
      "In diesem Tempo überschreitest du Dining ungefähr am 8. Juni um etwa 40 $.",
    ]);
  });
});
