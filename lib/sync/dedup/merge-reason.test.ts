import { describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/lib/i18n/explain-test-translators";
import { mergeReasonMessage, mergeReasonSamples, mergeReasonText, readMergeReasons } from "./merge-reason";

describe("merge reasons", () => {
  it("read back from their English text to the same message, and the English catalog says the same", () => {
    for (const { message, text } of mergeReasonSamples()) {
      expect(mergeReasonMessage(text)).toEqual(message);
      expect(inEnglish(message)).toBe(text);
    }
  });

  it("keeps singular days and rounded percentages", () => {
    expect(mergeReasonText("postedDaysAfter", { days: 1 })).toBe("posted 1 day after authorization");
    expect(mergeReasonText("datesApart", { days: 1 })).toBe("dates 1 day apart");
    expect(mergeReasonText("similarDescription", { share: 0.8333 })).toBe("similar description (83% of words shared)");
    expect(mergeReasonMessage("dates 1 day apart")).toEqual({ key: "dedup.datesApart", params: { days: 1 } });
    expect(inEnglish(mergeReasonMessage("dates 1 day apart"))).toBe("dates 1 day apart");
  });

  it("render in German with locale percentages", () => {
    expect(inGerman(mergeReasonMessage("posted 20% higher (tip)"))).toBe("um 20 % höher gebucht (Trinkgeld)");
    expect(inGerman(mergeReasonMessage("dates 2 days apart"))).toBe("Daten 2 Tage auseinander");
    expect(inGerman(mergeReasonMessage("another row matches as well"))).toBe("eine weitere Zeile passt ebenfalls");
  });

  it("leave text no scorer writes alone", () => {
    expect(mergeReasonMessage("matched by a human")).toBeNull();
  });
});

describe("readMergeReasons", () => {
  it("pairs each stored reason with its stored message", () => {
    const stored = { kind: "cross_source", reasons: ["same amount", "dates 1 day apart"], messages: [{ key: "dedup.sameAmount" }, { key: "dedup.datesApart", params: { days: 1 } }] };
    expect(readMergeReasons(stored)).toEqual({ kind: "cross_source", reasons: stored.reasons, messages: stored.messages });
  });

  it("reads messages back from the English of rows stored before them, and of bare arrays", () => {
    expect(readMergeReasons({ kind: "duplicate", reasons: ["same date", "who knows"] }).messages).toEqual([{ key: "dedup.sameDate" }, null]);
    expect(readMergeReasons(["same amount"])).toEqual({ kind: "duplicate", reasons: ["same amount"], messages: [{ key: "dedup.sameAmount" }] });
    expect(readMergeReasons(null)).toEqual({ kind: "duplicate", reasons: [], messages: [] });
  });

  it("ignores a messages list that does not line up with the reasons", () => {
    expect(readMergeReasons({ kind: "duplicate", reasons: ["same date"], messages: [{ key: "dedup.sameAmount" }, { key: "dedup.sameDate" }] }).messages).toEqual([{ key: "dedup.sameDate" }]);
  });
});
