import { describe, expect, it } from "vitest";
import { matchScheduledOccurrence, type ScheduledCandidate } from "./match-scheduled-occurrence";

const rent: ScheduledCandidate = { transactionId: "t-rent", occurrenceId: "o-rent", accountId: "acc", amount: -240_000, date: "2026-12-01", description: "Rent Oak Street Apts" };
const gym: ScheduledCandidate = { transactionId: "t-gym", occurrenceId: "o-gym", accountId: "acc", amount: -4_000, date: "2026-12-01", description: "Gym" };

describe("matchScheduledOccurrence", () => {
  it("matches the bank's copy of a scheduled payment a few days late", () => {
    const match = matchScheduledOccurrence({ accountId: "acc", amount: -240_000, date: "2026-12-02", description: "RENT PAYMENT - OAK STREET APTS" }, [gym, rent]);
    expect(match?.transactionId).toBe("t-rent");
    expect(match?.reasons).toEqual(["same amount", "1 day(s) apart", "same payee"]);
  });

  it("refuses another account, the other sign, a different amount or a date outside the window", () => {
    const base = { accountId: "acc", amount: -240_000, date: "2026-12-01", description: "RENT" };
    expect(matchScheduledOccurrence({ ...base, accountId: "other" }, [rent])).toBeNull();
    expect(matchScheduledOccurrence({ ...base, amount: 240_000 }, [rent])).toBeNull();
    expect(matchScheduledOccurrence({ ...base, amount: -240_001 }, [rent])).toBeNull();
    expect(matchScheduledOccurrence({ ...base, date: "2026-12-06" }, [rent])).toBeNull();
    expect(matchScheduledOccurrence({ ...base, date: "2026-12-05" }, [rent])?.transactionId).toBe("t-rent");
  });

  it("accepts a varying bill within tolerance and never reuses a claimed row", () => {
    const bill = { accountId: "acc", amount: -4_100, date: "2026-12-01", description: "GYM" };
    expect(matchScheduledOccurrence(bill, [gym])).toBeNull();
    expect(matchScheduledOccurrence(bill, [gym], { amountTolerance: 0.05 })?.transactionId).toBe("t-gym");
    expect(matchScheduledOccurrence(bill, [gym], { amountTolerance: 0.05, claimed: new Set(["t-gym"]) })).toBeNull();
  });

  it("prefers the closer date among two occurrences of the same schedule", () => {
    const next = { ...gym, transactionId: "t-gym-2", occurrenceId: "o-gym-2", date: "2026-12-04" };
    expect(matchScheduledOccurrence({ accountId: "acc", amount: -4_000, date: "2026-12-03", description: "GYM" }, [gym, next])?.transactionId).toBe("t-gym-2");
  });
});
