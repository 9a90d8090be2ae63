import { describe, expect, it } from "vitest";
import { matchTransfers, type TransferCandidate } from "./match-transfers";

const row = (id: string, accountId: string, amount: number, date: string, currency = "USD"): TransferCandidate => ({ id, accountId, amount, currency, date });

describe("matchTransfers", () => {
  it("pairs a debit with the cancelling credit in another account within the window", () => {
    expect(matchTransfers([row("d", "checking", -50_000, "2026-03-01"), row("c", "savings", 50_000, "2026-03-03")])).toEqual([{ debitId: "d", creditId: "c", days: 2 }]);
  });

  it("ignores the same account, another currency, a different amount and dates too far apart", () => {
    expect(matchTransfers([row("d", "a", -50_000, "2026-03-01"), row("c", "a", 50_000, "2026-03-01")])).toEqual([]);
    expect(matchTransfers([row("d", "a", -50_000, "2026-03-01"), row("c", "b", 50_000, "2026-03-01", "EUR")])).toEqual([]);
    expect(matchTransfers([row("d", "a", -50_000, "2026-03-01"), row("c", "b", 50_001, "2026-03-01")])).toEqual([]);
    expect(matchTransfers([row("d", "a", -50_000, "2026-03-01"), row("c", "b", 50_000, "2026-03-05")])).toEqual([]);
  });

  it("prefers the closer date and uses each row once", () => {
    const pairs = matchTransfers([
      row("d1", "a", -10_000, "2026-03-01"), row("d2", "a", -10_000, "2026-03-04"),
      row("c1", "b", 10_000, "2026-03-04"), row("c2", "b", 10_000, "2026-03-02"),
    ]);
    expect(pairs).toEqual([{ debitId: "d2", creditId: "c1", days: 0 }, { debitId: "d1", creditId: "c2", days: 1 }]);
  });

  it("pairs nothing when two credits tie for the same debit", () => {
    expect(matchTransfers([row("d", "a", -2_000, "2026-03-01"), row("c1", "b", 2_000, "2026-03-02"), row("c2", "c", 2_000, "2026-03-02")])).toEqual([]);
  });

  it("ignores zero amounts and two credits", () => {
    expect(matchTransfers([row("z", "a", 0, "2026-03-01"), row("c1", "a", 100, "2026-03-01"), row("c2", "b", 100, "2026-03-01")])).toEqual([]);
  });
});
