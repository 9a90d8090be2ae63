import { describe, expect, it } from "vitest";
import { explain, formatWholeMoney, readExplainMessage, renderExplain } from "./explain-message";
import { inEnglish, inGerman } from "./explain-test-translators";

describe("readExplainMessage", () => {
  it("accepts a stored message with money, date, number, text and nested params", () => {
    const stored = { key: "pace.willExceedNamed", params: { name: "Dining", amount: { money: 17_000, currency: "USD", whole: true }, when: { key: "pace.onDay", params: { day: 12 } } } };
    expect(readExplainMessage(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readExplainMessage({ key: "anomaly.missedPayment", params: { date: { date: "2026-03-05" } } })).toEqual({ key: "anomaly.missedPayment", params: { date: { date: "2026-03-05" } } });
  });

  it("refuses what is not a message", () => {
    expect(readExplainMessage(null)).toBeNull();
    expect(readExplainMessage("same amount")).toBeNull();
    expect(readExplainMessage({ key: "x y" })).toBeNull();
    expect(readExplainMessage({ key: "dedup.sameAmount", params: { share: [1] } })).toBeNull();
    expect(readExplainMessage({ key: "dedup.sameAmount", params: "nope" })).toBeNull();
  });
});

describe("renderExplain", () => {
  it("formats money, dates and nested messages for the reader's locale", () => {
    const message = explain("anomaly.missedPayment", { name: "Netflix", about: { money: 1_549, currency: "EUR" }, date: { date: "2026-03-05" }, days: 4 });
    expect(inEnglish(message)).toBe("We expected your Netflix payment (about €15.49) around Mar 5; nothing yet, 4 days late.");
    expect(inGerman(message)).toBe("Wir haben deine Zahlung an Netflix (etwa 15,49 €) um den 5. März erwartet; bisher nichts, 4 Tage überfällig.");
    expect(inGerman(explain("anomaly.duplicateSameDay", { amount: { money: 4_999, currency: "EUR" }, merchant: explain("anomaly.unknownMerchant") }))).toBe(
      "Mögliches Duplikat: zwei Abbuchungen von 49,99 € bei einem unbekannten Händler am selben Tag.",
    );
  });

  it("falls back to the stored text for an unknown key, a missing message or a broken nested one", () => {
    expect(inEnglish(explain("dedup.noSuchReason"))).toBeNull();
    expect(inEnglish(null)).toBeNull();
    expect(inEnglish(explain("pace.willExceed", { amount: 1, when: explain("pace.gone") }))).toBeNull();
    const t = Object.assign(() => "never", { has: () => false });
    expect(renderExplain(t, "en-US", explain("dedup.sameAmount"), "same amount")).toBe("same amount");
  });
});

describe("formatWholeMoney", () => {
  it("rounds to whole major units and drops the zero fraction only where there is one", () => {
    expect(formatWholeMoney(16_950, "USD", "en-US")).toBe("$170");
    expect(formatWholeMoney(16_950, "EUR", "de-DE")).toBe("170\u00a0€");
    expect(formatWholeMoney(1_000, "JPY", "en-US")).toBe("¥1,000");
    expect(formatWholeMoney(-16_950, "USD", "en-US")).toBe("-$170");
  });
});
