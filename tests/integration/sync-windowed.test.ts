import { describe, expect, it } from "vitest";
import { generateHistory } from "@/lib/generator/generate-history";
import type { GeneratedDataset, GeneratedTransaction, MockBankId } from "@/lib/generator/types";
import { prisma } from "@/lib/db";
import { createDatasetProvider } from "@/lib/sync/create-dataset-provider";
import { parseListingState } from "@/lib/sync/plan-listing-read";
import { runSync, type ProviderSession } from "@/lib/sync/run-sync";
import { createUser } from "../helpers/factories";

// Banks without deltas (BankA lists newest first and stops past the date; BankC filters by `since`) are
// read from a window on later syncs of a day and whole on the first sync of each day.
const DAY = 86_400_000;
const SYNC_AT = "2025-03-01T12:00:00.000Z";
const CHANGED_AT = "2025-03-01T13:00:00.000Z";
const LATER = "2025-03-01T14:00:00.000Z";
const TODAY = "2025-03-01";
const TOMORROW = "2025-03-02";

function txn(bankId: MockBankId, index: number, daysAgo: number, extra: Partial<GeneratedTransaction> = {}): GeneratedTransaction {
  const at = new Date(Date.parse(SYNC_AT) - daysAgo * DAY).toISOString();
  return {
    id: `w_${bankId}_${index}`, accountId: `acc_${bankId}`, currency: "USD", date: at.slice(0, 10), authorizedAt: at, postedAt: at, appearsAt: at, removedAt: null,
    amount: -(1_000 + index), description: `SHOP ${index}`, merchantName: null, merchantCity: null, mcc: null, category: "shopping", pendingTransactionId: null,
    earlierVersions: [], ...extra,
  };
}

/** 40 rows, one every 3 days back to 120 days ago; row 2 (6 days old) and row 30 (90 days old) are corrected, row 35 (105 days old) vanishes. */
function dataset(bankId: MockBankId): GeneratedDataset {
  const base = generateHistory({ seed: 3, months: 1, persona: "us" }).dataset;
  const transactions = Array.from({ length: 40 }, (_, i) => {
    const corrected = i === 2 || i === 30;
    return txn(bankId, i, 1 + i * 3, {
      ...(corrected ? { earlierVersions: [{ amount: -(1_000 + i) + 50, description: `SHOP ${i}`, validUntil: CHANGED_AT }] } : {}),
      ...(i === 35 ? { removedAt: CHANGED_AT } : {}),
    });
  }).sort((a, b) => (a.authorizedAt < b.authorizedAt ? -1 : 1));
  return {
    ...base,
    startsAt: "2024-10-01T00:00:00.000Z",
    endsAt: "2025-04-01T00:00:00.000Z",
    accounts: [{ id: `acc_${bankId}`, bankId, name: `Window ${bankId}`, type: "checking", currency: "USD", mask: "0042", openingBalance: 500_000, creditLimit: null, balanceHistory: [] }],
    transactions,
  };
}

async function setUp(bankId: MockBankId) {
  const user = await createUser();
  const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: bankId, institutionName: bankId, status: "active" } });
  const clock = { instant: SYNC_AT };
  const session: ProviderSession = { provider: createDatasetProvider({ dataset: dataset(bankId), bank: bankId, clock, pageSize: 5 }), accessToken: async () => "t" };
  const sync = (today: string) => runSync(user.id, connection.id, { trigger: "manual", session, afterCommit: false, today });
  const row = (index: number) => prisma().transaction.findFirstOrThrow({ where: { userId: user.id, externalId: `w_${bankId}_${index}` } });
  return { userId: user.id, connectionId: connection.id, clock, sync, row };
}

describe.each(["bank-a", "bank-c"] as const)("%s: windowed reads with a daily full reconciliation", (bankId) => {
  it("answers an unchanged listing as not modified, sees a change inside the window, and the next day's full read finds an old correction and a vanished old row", async () => {
    const { connectionId, clock, sync, row } = await setUp(bankId);
    const first = await sync(TODAY);
    expect([first.status, first.added, first.pages]).toEqual(["succeeded", 40, 8]);
    const saved = parseListingState((await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).syncCursor);
    expect(saved.fullOn).toBe(TODAY);
    expect(saved.version).toMatch(/^v1\./);

    // Same day, nothing changed at the bank: one page, "not modified", nothing touched.
    const noop = await sync(TODAY);
    expect([noop.status, noop.pages, noop.added, noop.modified, noop.removed]).toEqual(["succeeded", 1, 0, 0, 0]);

    // The bank corrects a 6-day-old and a 90-day-old row and drops a 105-day-old one.
    clock.instant = LATER;
    const windowed = await sync(TODAY);
    expect([windowed.status, windowed.added, windowed.modified, windowed.removed]).toEqual(["succeeded", 0, 1, 0]);
    expect(windowed.pages).toBeLessThan(8);
    expect((await row(2)).amount).toBe(-1_002n);
    expect((await row(30)).amount).toBe(-1_030n + 50n);
    expect((await row(35)).removedAt).toBeNull();

    // The first sync of the next day reads everything.
    const full = await sync(TOMORROW);
    expect([full.status, full.added, full.modified, full.removed]).toEqual(["succeeded", 0, 1, 1]);
    expect((await row(30)).amount).toBe(-1_030n);
    expect((await row(35)).removedAt).not.toBeNull();
    const changed = await prisma().transaction.findMany({ where: { externalId: { in: [`w_${bankId}_30`, `w_${bankId}_35`] } }, select: { id: true } });
    const events = await prisma().transactionEvent.findMany({ where: { transactionId: { in: changed.map((t) => t.id) } }, select: { kind: true } });
    expect(events.map((e) => e.kind).sort()).toEqual(["added", "added", "modified", "removed"]);
    expect(parseListingState((await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).syncCursor).fullOn).toBe(TOMORROW);

    // And a later sync that day is a no-op again.
    const again = await sync(TOMORROW);
    expect([again.pages, again.added, again.modified, again.removed]).toEqual([1, 0, 0, 0]);
  });
});
