import { describe, expect, it } from "vitest";
import { assignMatches } from "./assign-matches";
import { computeDedupKey } from "./compute-dedup-key";
import { CROSS_SOURCE_WINDOW_DAYS, MERGE_THRESHOLD } from "./dedup-thresholds";
import { descriptionSimilarity } from "./describe-similarity";
import { scoreCrossSource, scoreDuplicate, scoreMatch, scorePendingToPosted, type MatchRow } from "./score-match";

function row(overrides: Partial<MatchRow> & { id: string }): MatchRow {
  return {
    accountId: "acc-1",
    amount: -2500,
    currency: "USD",
    date: "2024-03-10",
    description: "TST* JOES PIZZA 1234",
    pending: false,
    authorizedAt: null,
    source: "sync",
    externalId: overrides.id,
    earlier: true,
    ...overrides,
  };
}

describe("descriptionSimilarity", () => {
  it("ignores case, punctuation and reference numbers, and treats an appended city as the same text", () => {
    expect(descriptionSimilarity("Shell Oil 574421234", "SHELL OIL 57442")).toBe(1);
    expect(descriptionSimilarity("SHELL OIL", "SHELL OIL BROOKLYN")).toBe(1);
    expect(descriptionSimilarity("SHELL OIL", "UBER TRIP")).toBe(0);
  });
});

describe("scorePendingToPosted", () => {
  const pending = row({ id: "p", pending: true });
  it("merges an identical posted row with full confidence", () => {
    expect(scorePendingToPosted(pending, row({ id: "q" }))).toEqual({ kind: "pending_to_posted", score: 1, reasons: ["same amount", "same date", "same description"] });
  });
  it("accepts a tip up to 25% and explains it", () => {
    const result = scorePendingToPosted(pending, row({ id: "q", amount: -3000, date: "2024-03-11" }));
    expect(result?.score).toBe(0.75);
    expect(result?.reasons).toEqual(["posted 20% higher (tip)", "posted 1 day after authorization", "same description"]);
    expect((result?.score ?? 0) >= MERGE_THRESHOLD).toBe(true);
  });
  it("refuses a larger jump, an earlier date, another account or a different authorization instant", () => {
    expect(scorePendingToPosted(pending, row({ id: "q", amount: -3200 }))).toBeNull();
    expect(scorePendingToPosted(pending, row({ id: "q", date: "2024-03-09" }))).toBeNull();
    expect(scorePendingToPosted(pending, row({ id: "q", accountId: "acc-2" }))).toBeNull();
    expect(scorePendingToPosted({ ...pending, authorizedAt: "2024-03-10T12:00:00.000Z" }, row({ id: "q", authorizedAt: "2024-03-10T12:05:00.000Z" }))).toBeNull();
  });
  it("scores an unrelated description below the merge line", () => {
    const result = scorePendingToPosted(pending, row({ id: "q", amount: -3000, description: "UBER TRIP" }));
    expect(result?.score).toBe(0.55);
  });
});

describe("scoreDuplicate", () => {
  it("merges a re-delivery with the same authorization instant", () => {
    const at = "2024-03-10T18:04:00.000Z";
    expect(scoreDuplicate(row({ id: "a", authorizedAt: at }), row({ id: "b", authorizedAt: at, earlier: false }))?.score).toBe(0.99);
  });
  it("never merges two purchases authorized at different instants (a real double charge)", () => {
    expect(scoreDuplicate(row({ id: "a", authorizedAt: "2024-03-10T18:04:00.000Z" }), row({ id: "b", authorizedAt: "2024-03-10T18:09:00.000Z" }))).toBeNull();
  });
  it("merges a re-delivery from a later sync but only reviews identical rows delivered together", () => {
    expect(scoreDuplicate(row({ id: "a", earlier: true }), row({ id: "b" }))?.score).toBe(0.9);
    expect(scoreDuplicate(row({ id: "a", earlier: false }), row({ id: "b" }))?.score).toBe(0.6);
  });
  it("requires identical amount, date and description and two different ids", () => {
    expect(scoreDuplicate(row({ id: "a" }), row({ id: "b", amount: -2501 }))).toBeNull();
    expect(scoreDuplicate(row({ id: "a" }), row({ id: "b", date: "2024-03-11" }))).toBeNull();
    expect(scoreDuplicate(row({ id: "a" }), row({ id: "b", description: "JOES PIZZA BROOKLYN" }))).toBeNull();
    expect(scoreDuplicate(row({ id: "a" }), row({ id: "b", externalId: "a" }))).toBeNull();
  });
});

describe("scoreCrossSource", () => {
  it("matches a statement row to the synced row a day apart with the same amount", () => {
    const result = scoreCrossSource(row({ id: "s" }), row({ id: "i", source: "import", externalId: null, date: "2024-03-11", description: "Pizza Joes Brooklyn" }));
    expect(result).toEqual({ kind: "cross_source", score: 0.8, reasons: ["same amount", "dates 1 day apart", "similar description (67% of words shared)"] });
  });
  it("refuses rows of the same source, other amounts and dates beyond the window", () => {
    expect(scoreCrossSource(row({ id: "s" }), row({ id: "t" }))).toBeNull();
    expect(scoreCrossSource(row({ id: "s" }), row({ id: "i", source: "import", amount: -2400 }))).toBeNull();
    expect(scoreCrossSource(row({ id: "s" }), row({ id: "i", source: "import", date: "2024-03-14" }))).toBeNull();
  });
});

describe("assignMatches", () => {
  it("never lets one existing row absorb two incoming rows", () => {
    const existing = [row({ id: "s1" })];
    const incoming = [row({ id: "i1", source: "import", externalId: null }), row({ id: "i2", source: "import", externalId: null })];
    const matches = assignMatches(existing, incoming);
    expect(matches.map((m) => [m.existing.id, m.incoming.id])).toEqual([["s1", "i1"]]);
  });
  it("pairs twins one to one, closest date first", () => {
    const existing = [row({ id: "s1", date: "2024-03-10" }), row({ id: "s2", date: "2024-03-12" })];
    const incoming = [row({ id: "i1", source: "import", externalId: null, date: "2024-03-12" }), row({ id: "i2", source: "import", externalId: null, date: "2024-03-10" })];
    expect(assignMatches(existing, incoming).map((m) => [m.existing.id, m.incoming.id]).sort()).toEqual([["s1", "i2"], ["s2", "i1"]]);
  });
  it("uses the scorer's kinds through scoreMatch", () => {
    expect(scoreMatch(row({ id: "p", pending: true }), row({ id: "q" }))?.kind).toBe("pending_to_posted");
  });
});

describe("content keys", () => {
  it("hash the same content the same way regardless of case and key order", () => {
    const base = { accountId: "a", date: "2024-03-10", amount: -100, currency: "USD", description: "Joe's Pizza" };
    expect(computeDedupKey(base)).toBe(computeDedupKey({ ...base, description: "JOE S PIZZA" }));
    expect(computeDedupKey(base)).not.toBe(computeDedupKey({ ...base, amount: -101 }));
    expect(computeDedupKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("ambiguous twins", () => {
  it("offers a statement row for review instead of merging when two synced rows match it equally well", () => {
    const existing = [row({ id: "s1", date: "2024-03-10" }), row({ id: "s2", date: "2024-03-11" })];
    const incoming = [row({ id: "i1", source: "import", externalId: null, date: "2024-03-11" })];
    const [match] = assignMatches(existing, incoming);
    expect([match?.existing.id, match?.ambiguous]).toEqual(["s2", true]);
    expect(assignMatches([row({ id: "s1" })], incoming)[0]?.ambiguous).toBe(false);
  });
});

// Fixed fares: the same amount and text every day, the classic identical twins.
const fare = (overrides: Partial<MatchRow> & { id: string }) => row({ amount: -290, description: "MTA NYCT PAYGO", ...overrides });
const statementRow = (id: string, date: string) => fare({ id, date, source: "import", externalId: null, earlier: false, description: "Mta Nyct Paygo" });
const crossOrDuplicate = (a: MatchRow, b: MatchRow) => scoreDuplicate(a, b) ?? scoreCrossSource(a, b);
const pairs = (existing: MatchRow[], incoming: MatchRow[]) =>
  assignMatches(existing, incoming, crossOrDuplicate, { windowDays: CROSS_SOURCE_WINDOW_DAYS }).map((m) => [m.existing.id, m.incoming.id, m.ambiguous]);

describe("assignMatches: identical twins across a sync and an import", () => {
  it("pairs two equal fares on consecutive days one-to-one in date order when both sides hold two", () => {
    const matches = assignMatches([fare({ id: "s1" }), fare({ id: "s2", date: "2024-03-11" })], [statementRow("i1", "2024-03-10"), statementRow("i2", "2024-03-11")], crossOrDuplicate);
    expect(matches.map((m) => [m.existing.id, m.incoming.id, m.ambiguous, m.score])).toEqual([["s1", "i1", false, 1], ["s2", "i2", false, 1]]);
    expect(matches[0]?.reasons).toEqual(["same amount", "same date", "same description", "one of 2 alike rows on each side, paired in date order"]);
  });

  it("pairs in date order even when the statement books every row a day later (best score first would cross them)", () => {
    // s2-i1 is the only same-date pair (score 1.0); taking it first would leave s1 with i2, two days apart.
    expect(pairs([fare({ id: "s1", date: "2024-03-10" }), fare({ id: "s2", date: "2024-03-11" })], [statementRow("i1", "2024-03-11"), statementRow("i2", "2024-03-12")])).toEqual([
      ["s1", "i1", false],
      ["s2", "i2", false],
    ]);
  });

  it("pairs same-day twins by authorization time, then by the source's id, then in the order each source listed them", () => {
    const existing = [fare({ id: "s-late", authorizedAt: "2024-03-10T18:00:00.000Z" }), fare({ id: "s-early", authorizedAt: "2024-03-10T08:00:00.000Z" })];
    expect(pairs(existing, [statementRow("i-first", "2024-03-10"), statementRow("i-second", "2024-03-10")])).toEqual([
      ["s-early", "i-first", false],
      ["s-late", "i-second", false],
    ]);
    const sameInstant = [fare({ id: "s2", externalId: "txn_b" }), fare({ id: "s1", externalId: "txn_a" })];
    expect(pairs(sameInstant, [statementRow("i-first", "2024-03-10"), statementRow("i-second", "2024-03-10")])).toEqual([
      ["s1", "i-first", false],
      ["s2", "i-second", false],
    ]);
  });

  it("orders synced twins by the day they posted, the date a statement lists them under", () => {
    // Three fares authorized the same evening posted on three different days; the statement lists them by posting day.
    const existing = [
      fare({ id: "posted-26", authorizedAt: "2024-02-23T17:41:00.000Z", postedAt: "2024-02-26T01:41:00.000Z", date: "2024-02-23" }),
      fare({ id: "posted-24", authorizedAt: "2024-02-23T17:47:00.000Z", postedAt: "2024-02-24T17:47:00.000Z", date: "2024-02-23" }),
      fare({ id: "posted-25", authorizedAt: "2024-02-23T20:41:00.000Z", postedAt: "2024-02-25T02:41:00.000Z", date: "2024-02-23" }),
    ];
    const incoming = [statementRow("i-24", "2024-02-24"), statementRow("i-25", "2024-02-25"), statementRow("i-26", "2024-02-26")];
    expect(pairs(existing, incoming)).toEqual([["posted-24", "i-24", false], ["posted-25", "i-25", false], ["posted-26", "i-26", false]]);
  });

  it("still sends twins to review when the counts differ (which synced fare the statement row is cannot be told)", () => {
    const result = pairs([fare({ id: "s1" }), fare({ id: "s2", date: "2024-03-11" })], [statementRow("i1", "2024-03-11")]);
    expect(result).toEqual([["s2", "i1", true]]);
  });

  it("never pairs twins of one source: two re-delivered identical rows stay ambiguous", () => {
    const existing = [fare({ id: "s1" }), fare({ id: "s2" })];
    const incoming = [fare({ id: "n1", earlier: false }), fare({ id: "n2", earlier: false })];
    expect(pairs(existing, incoming).every(([, , ambiguous]) => ambiguous === true)).toBe(true);
  });

  it("keeps unrelated single matches as they were", () => {
    expect(pairs([fare({ id: "s1" }), fare({ id: "other", amount: -1200, date: "2024-03-20" })], [statementRow("i1", "2024-03-10")])).toEqual([["s1", "i1", false]]);
  });
});

describe("assignMatches: cost", () => {
  const days = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

  it("scores each row only against same-amount rows inside the window, not every pair (5,000 × 5,000 rows)", () => {
    const existing = Array.from({ length: 5_000 }, (_, i) => row({ id: `s${i}`, amount: -(100 + (i % 1_250)), date: days(Math.floor(i / 5)) }));
    const incoming = existing.map((r) => ({ ...r, id: `i${r.id}`, source: "import" as const, externalId: null, earlier: false }));
    let calls = 0;
    const matches = assignMatches(existing, incoming, (a, b) => {
      calls += 1;
      return crossOrDuplicate(a, b);
    }, { windowDays: CROSS_SOURCE_WINDOW_DAYS });
    expect(matches.filter((m) => !m.ambiguous && m.existing.id === m.incoming.id.slice(1))).toHaveLength(5_000);
    // Every amount recurs 250 days apart, so each row sees its own copy only: 5,000 calls, not 25 million.
    expect(calls).toBe(5_000);
  });

  it("bounds pending-to-posted candidates by the date window when no blocking is given", () => {
    const pendings = Array.from({ length: 1_000 }, (_, i) => row({ id: `p${i}`, pending: true, amount: -(100 + i), date: days(i) }));
    const posted = pendings.map((p) => ({ ...p, id: `q${p.id}`, pending: false, date: days(Number(p.id.slice(1)) + 1) }));
    let calls = 0;
    const matches = assignMatches(pendings, posted, (a, b) => {
      calls += 1;
      return scorePendingToPosted(a, b);
    });
    expect(matches).toHaveLength(1_000);
    expect(matches.every((m) => m.incoming.id === `q${m.existing.id}`)).toBe(true);
    // Each posted row sees the pending rows within ±5 days (11), not all 1,000.
    expect(calls).toBeLessThanOrEqual(1_000 * 11);
  });
});
