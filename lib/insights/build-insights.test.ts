import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import { findCashFlowFinding, findCategoryChanges, findSpendingPace, findSubscriptionPriceRises, findTopMerchant } from "./build-insights";

const usd = (minor: number) => `$${(minor / 100).toFixed(2)}`;

describe("findCategoryChanges", () => {
  it("reports a category up on its three-month average with both figures", () => {
    const rows = [
      { month: "2026-03", categoryId: "dining", name: "Dining", amount: 41200 },
      { month: "2026-02", categoryId: "dining", name: "Dining", amount: 30000 },
      { month: "2026-01", categoryId: "dining", name: "Dining", amount: 31500 },
      { month: "2025-12", categoryId: "dining", name: "Dining", amount: 30000 },
      // Missing from a baseline month: not reported.
      { month: "2026-03", categoryId: "rent", name: "Rent", amount: 200000 },
      { month: "2026-02", categoryId: "rent", name: "Rent", amount: 200000 },
      // Older than the baseline window: ignored.
      { month: "2025-11", categoryId: "dining", name: "Dining", amount: 999999 },
    ];
    expect(findCategoryChanges(rows, "2026-03", usd)).toEqual([
      {
        id: "category_change:dining:2026-03",
        kind: "category_change",
        tone: "warning",
        title: "Dining is up 35% on your three-month average: $412.00 against $305.00",
        details: ["2026-03: $412.00; average of 2025-12 to 2026-02: $305.00"],
        message: { key: "insight.categoryUp", params: { name: "Dining", share: 0.35, current: "$412.00", average: "$305.00" } },
        detailMessages: [{ key: "insight.categoryDetail", params: { month: { month: "2026-03" }, current: "$412.00", from: { month: "2025-12" }, to: { month: "2026-02" }, average: "$305.00" } }],
      },
    ]);
  });

  it("reports drops as positive and ignores small money changes however large in percent", () => {
    const rows = [
      { month: "2026-03", categoryId: "travel", name: "Travel", amount: 10000 },
      { month: "2026-02", categoryId: "travel", name: "Travel", amount: 20000 },
      { month: "2026-01", categoryId: "travel", name: "Travel", amount: 20000 },
      { month: "2025-12", categoryId: "travel", name: "Travel", amount: 20000 },
      { month: "2026-03", categoryId: "coffee", name: "Coffee", amount: 2000 },
      { month: "2026-02", categoryId: "coffee", name: "Coffee", amount: 300 },
      { month: "2026-01", categoryId: "coffee", name: "Coffee", amount: 300 },
      { month: "2025-12", categoryId: "coffee", name: "Coffee", amount: 300 },
    ];
    const found = findCategoryChanges(rows, "2026-03", usd);
    expect(found.map((f) => [f.tone, f.title])).toEqual([["positive", "Travel is down 50% on your three-month average: $100.00 against $200.00"]]);
  });
});

describe("findSubscriptionPriceRises", () => {
  it("counts the rises in words and lists each", () => {
    const found = findSubscriptionPriceRises(
      [
        { name: "Netflix", before: 1549, after: 1799, date: "2026-02-03" },
        { name: "Spotify", before: 1099, after: 1199, date: "2026-01-10" },
        { name: "Gym", before: 4000, after: 4500, date: "2026-03-01" },
        { name: "Cloud", before: 299, after: 299, date: "2026-03-01" },
      ],
      "2026",
      usd,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.title).toBe("Three subscriptions rose in price this year, adding $8.50 to each billing cycle");
    expect(found[0]?.details).toEqual(["Gym: $40.00 → $45.00 (+13%, 2026-03-01)", "Netflix: $15.49 → $17.99 (+16%, 2026-02-03)", "Spotify: $10.99 → $11.99 (+9%, 2026-01-10)"]);
    expect(findSubscriptionPriceRises([], "2026", usd)).toEqual([]);
  });
});

describe("findCashFlowFinding", () => {
  it("warns about months that spent more than they earned", () => {
    const found = findCashFlowFinding(
      [
        { month: "2026-01", income: 400000, spending: 420000 },
        { month: "2026-02", income: 400000, spending: 300000 },
        { month: "2026-03", income: 400000, spending: 450000 },
      ],
      usd,
    );
    expect(found[0]?.title).toBe("You spent more than you earned in two of the last three months");
    expect(found[0]?.details).toEqual(["2026-01: spent $4200.00 against $4000.00 of income", "2026-03: spent $4500.00 against $4000.00 of income"]);
  });

  it("otherwise says what share of last month's income was kept", () => {
    const found = findCashFlowFinding([{ month: "2026-02", income: 450000, spending: 368000 }], usd);
    expect(found[0]?.title).toBe("You kept 18% of your income in 2026-02: $820.00 of $4500.00");
    expect(findCashFlowFinding([{ month: "2026-02", income: 0, spending: 0 }], usd)).toEqual([]);
  });
});

describe("findTopMerchant and findSpendingPace", () => {
  it("names the top merchant with its total and purchase count", () => {
    expect(findTopMerchant([{ merchant: "Whole Foods", amount: 64000, count: 9 }], "2026-02", usd)[0]?.title).toBe("Whole Foods was where you spent most in 2026-02: $640.00 across 9 purchases");
    expect(findTopMerchant([], "2026-02", usd)).toEqual([]);
  });

  it("projects the month linearly and stays quiet early or near usual", () => {
    expect(findSpendingPace({ month: "2026-03", spentSoFar: 150000, dayOfMonth: 10, daysInMonth: 31, usual: 300000 }, usd)[0]?.title).toBe(
      "At this pace you will spend $4650.00 this month, 55% more than your usual $3000.00",
    );
    expect(findSpendingPace({ month: "2026-03", spentSoFar: 150000, dayOfMonth: 5, daysInMonth: 31, usual: 300000 }, usd)).toEqual([]);
    expect(findSpendingPace({ month: "2026-03", spentSoFar: 100000, dayOfMonth: 10, daysInMonth: 30, usual: 300000 }, usd)).toEqual([]);
    expect(findSpendingPace({ month: "2026-03", spentSoFar: 0, dayOfMonth: 10, daysInMonth: 30, usual: 300000 }, usd)).toEqual([]);
  });
});

describe("insight messages", () => {
  const insights = [
    ...findCategoryChanges([
      { month: "2026-03", categoryId: "dining", name: "Dining", amount: 41200 },
      { month: "2026-02", categoryId: "dining", name: "Dining", amount: 30000 },
      { month: "2026-01", categoryId: "dining", name: "Dining", amount: 31500 },
      { month: "2025-12", categoryId: "dining", name: "Dining", amount: 30000 },
    ], "2026-03", usd),
    ...findSubscriptionPriceRises([{ name: "Netflix", before: 1549, after: 1799, date: "2026-05-03" }], "2026", usd),
    ...findCashFlowFinding([{ month: "2026-02", income: 500000, spending: 400000 }, { month: "2026-03", income: 500000, spending: 350000 }], usd),
    ...findTopMerchant([{ merchant: "Costco", amount: 40000, count: 3 }, { merchant: "Shell", amount: 9000, count: 4 }], "2026-03", usd),
    ...findSpendingPace({ month: "2026-04", spentSoFar: 30000, dayOfMonth: 10, daysInMonth: 30, usual: 50000 }, usd),
  ];

  it("say in English what the title and details say, with months named and counts in digits", () => {
    expect(insights.map((insight) => insight.message.key)).toEqual(["insight.categoryUp", "insight.priceRises", "insight.kept", "insight.topMerchant", "insight.paceMore"]);
    for (const insight of [insights[0], insights[4]]) expect(inEnglish(insight?.message)).toBe(insight?.title);
    expect(inEnglish(insights[4]?.detailMessages[0])).toBe(insights[4]?.details[0]);
    expect(inEnglish(insights[3]?.detailMessages[0])).toBe(insights[3]?.details[0]);
    expect(inEnglish(insights[1]?.message)).toBe("One subscription rose in price this year, adding $2.50 to each billing cycle");
    expect(inEnglish(insights[2]?.message)).toBe("You kept 30% of your income in Mar 2026: $1500.00 of $5000.00");
    expect(inEnglish(insights[3]?.message)).toBe("Costco was where you spent most in Mar 2026: $400.00 across 3 purchases");
    expect(inEnglish(insights[1]?.detailMessages[0])).toBe("Netflix: $15.49 → $17.99 (+16%, May 3)");
  });

  it("render in German with German months and percentages", () => {
    expect(inGerman(insights[0]?.message)).toBe("Dining liegt 35 % über deinem Dreimonatsdurchschnitt: $412.00 gegenüber $305.00");
    expect(inGerman(insights[0]?.detailMessages[0])).toBe("März 2026: $412.00; Durchschnitt von Dez. 2025 bis Feb. 2026: $305.00");
    expect(inGerman(insights[2]?.message)).toBe("Du hast im März 2026 30 % deiner Einnahmen behalten: $1500.00 von $5000.00");
  });
});
