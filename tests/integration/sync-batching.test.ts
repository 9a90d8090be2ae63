import { describe, expect, it } from "vitest";
import type { BankProvider, RawRecord } from "@/lib/banks/provider";
import { categorizeTransaction } from "@/lib/categorize/categorize-transaction";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { prisma } from "@/lib/db";
import { failAfterPages } from "@/lib/sync/create-dataset-provider";
import { CanonicalAccountSchema, CanonicalTransactionSchema, type CanonicalTransaction } from "@/lib/sync/normalize/canonical-transaction";
import { runSync, type ProviderSession } from "@/lib/sync/run-sync";
import { createUser } from "../helpers/factories";

// A snapshot bank whose records are already canonical: the test decides exactly what each listing holds.
const ACCOUNT = { externalId: "acc-1", name: "Everyday", type: "checking", currency: "USD", currentBalance: 100_000 } as const;

function scriptedBank(listing: { rows: CanonicalTransaction[] }, pageSize: number): BankProvider {
  return {
    id: "bank-a",
    displayName: "Scripted bank",
    changeModel: "snapshot",
    authorizationUrl: () => "about:blank",
    exchangeCode: async () => ({ accessToken: "t", refreshToken: null, expiresAt: null }),
    refreshTokens: async () => ({ accessToken: "t", refreshToken: null, expiresAt: null }),
    revokeGrant: async () => undefined,
    fetchAccounts: async () => [{ payload: ACCOUNT }],
    async fetchTransactionsPage(_token, position) {
      const offset = Number(position.page ?? "0");
      const added: RawRecord[] = listing.rows.slice(offset, offset + pageSize).map((row) => ({ externalId: row.externalId, payload: { ...row } }));
      const next = offset + pageSize < listing.rows.length ? String(offset + pageSize) : null;
      return { added, modified: [], removed: [], nextPage: next, cursorAfter: null };
    },
    normalizeAccount: (record) => ({ ok: true, value: CanonicalAccountSchema.parse(record.payload) }),
    normalizeTransaction: (record) => {
      const parsed = CanonicalTransactionSchema.safeParse(record.payload);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.error.message };
    },
  };
}

function row(index: number, description: string, amount: number, extra: Partial<CanonicalTransaction> = {}): CanonicalTransaction {
  const day = String(1 + (index % 28)).padStart(2, "0");
  return { externalId: `t${index}`, accountExternalId: ACCOUNT.externalId, amount, currency: "USD", pending: false, date: `2026-10-${day}`, description, ...extra };
}

/** 23 rows where several share a description, with the same and with opposite signs (income vs spending). */
function listing23(): CanonicalTransaction[] {
  const rows: CanonicalTransaction[] = [];
  for (let i = 0; i < 23; i += 1) {
    if (i % 4 === 0) rows.push(row(i, "ACME CORP PAYROLL", 250_000));
    else if (i % 4 === 1) rows.push(row(i, "ACME CORP PAYROLL", -250_000));
    else if (i % 4 === 2) rows.push(row(i, "NETFLIX.COM", -1_599, i === 2 ? { merchantName: "Netflix Inc" } : {}));
    else rows.push(row(i, `SHELL OIL ${i}`, -4_000 - i));
  }
  return rows;
}

async function setUp(pageSize: number, rows: CanonicalTransaction[]) {
  const user = await createUser();
  const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Scripted", status: "active" } });
  const listing = { rows };
  const session: ProviderSession = { provider: scriptedBank(listing, pageSize), accessToken: async () => "t" };
  return { userId: user.id, connectionId: connection.id, listing, session };
}

async function storedRows(userId: string) {
  const rows = await prisma().transaction.findMany({ where: { userId }, orderBy: { externalId: "asc" } });
  return new Map(rows.map((r) => [r.externalId ?? "", r]));
}

describe("a sync applied in batches of several pages", () => {
  it("categorizes rows that share a description one by one and records one added event and one raw record each", async () => {
    const { userId, connectionId, session } = await setUp(4, listing23());
    const outcome = await runSync(userId, connectionId, { trigger: "manual", session, afterCommit: false, batchRows: 10 });
    expect([outcome.status, outcome.pages, outcome.added, outcome.modified, outcome.removed]).toEqual(["succeeded", 6, 23, 0, 0]);

    const context = await loadCategorizationContext(prisma(), userId);
    const stored = await storedRows(userId);
    expect(stored.size).toBe(23);
    const account = await prisma().account.findFirstOrThrow({ where: { connectionId } });
    for (const source of listing23()) {
      const expected = categorizeTransaction(
        { description: source.description, amount: source.amount, currency: "USD", accountId: account.id, bankCategory: null },
        { ...context, ownAccounts: context.ownAccounts.filter((own) => own.accountId !== account.id) },
      );
      const got = stored.get(source.externalId);
      expect(got?.categoryId).toBe(context.categoryIds.get(expected.categoryKey));
      expect(got?.categorySource).toBe(expected.source);
      expect(got?.merchantName).toBe(source.merchantName ?? expected.merchant);
    }
    // Same description, opposite sign: the income and the spending rows must not share one decision.
    expect(stored.get("t0")?.categoryId).not.toBe(stored.get("t1")?.categoryId);
    expect(stored.get("t0")?.categoryId).toBe(stored.get("t4")?.categoryId);

    const events = await prisma().transactionEvent.findMany({ where: { userId }, select: { transactionId: true, kind: true, after: true } });
    expect(events).toHaveLength(23);
    const byTransaction = new Map(events.map((e) => [e.transactionId, e]));
    for (const source of listing23()) {
      const event = byTransaction.get(stored.get(source.externalId)?.id ?? "");
      expect(event?.kind).toBe("added");
      expect((event?.after as { amount: number; description: string }).amount).toBe(source.amount);
      expect((event?.after as { amount: number; description: string }).description).toBe(source.description);
    }
    const records = await prisma().providerRecord.findMany({ where: { userId }, select: { externalId: true, payload: true, transactionId: true } });
    expect(records).toHaveLength(23);
    for (const record of records) expect(record.transactionId).toBe(stored.get(record.externalId ?? "")?.id);
    const saved = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(saved.lastSyncAt).not.toBeNull();
  });

  it("writes modifications, removals and a re-listed row with before and after, keeping the user's category and merchant", async () => {
    const { userId, connectionId, session, listing } = await setUp(4, listing23());
    const sync = () => runSync(userId, connectionId, { trigger: "manual", session, afterCommit: false, batchRows: 10 });
    expect((await sync()).added).toBe(23);
    const first = await storedRows(userId);
    const travel = await prisma().category.findFirstOrThrow({ where: { userId, systemKey: "travel" } });
    await prisma().transaction.update({ where: { id: first.get("t6")?.id }, data: { categoryId: travel.id, categorySource: "user" } });

    // t2 (had a merchant name) and t6 change amount, t3 its description, t20 posts a day later; t9 and t14 vanish.
    listing.rows = listing23()
      .filter((r) => r.externalId !== "t9" && r.externalId !== "t14")
      .map((r) => {
        if (r.externalId === "t2") return { ...r, amount: -1_799, merchantName: undefined };
        if (r.externalId === "t6") return { ...r, amount: -1_899 };
        if (r.externalId === "t3") return { ...r, description: "SHELL OIL 3 CORRECTED" };
        if (r.externalId === "t20") return { ...r, postedAt: "2026-10-22T10:00:00.000Z" };
        return r;
      });
    const second = await sync();
    expect([second.status, second.added, second.modified, second.removed]).toEqual(["succeeded", 0, 4, 2]);
    const after = await storedRows(userId);
    expect([Number(after.get("t2")?.amount), after.get("t2")?.merchantName]).toEqual([-1_799, "Netflix Inc"]);
    expect([Number(after.get("t6")?.amount), after.get("t6")?.categoryId, after.get("t6")?.categorySource]).toEqual([-1_899, travel.id, "user"]);
    expect(after.get("t3")?.description).toBe("SHELL OIL 3 CORRECTED");
    expect(after.get("t20")?.postedAt?.toISOString()).toBe("2026-10-22T10:00:00.000Z");
    expect([after.get("t9")?.removedAt, after.get("t14")?.removedAt].every((at) => at instanceof Date)).toBe(true);
    expect(after.get("t5")?.removedAt).toBeNull();

    const modified = await prisma().transactionEvent.findMany({ where: { userId, kind: "modified" } });
    const modifiedOf = (id: string | undefined) => modified.find((e) => e.transactionId === id);
    expect(modified).toHaveLength(4);
    expect([(modifiedOf(first.get("t2")?.id)?.before as { amount: number }).amount, (modifiedOf(first.get("t2")?.id)?.after as { amount: number }).amount]).toEqual([-1_599, -1_799]);
    expect((modifiedOf(first.get("t3")?.id)?.after as { description: string }).description).toBe("SHELL OIL 3 CORRECTED");
    expect((modifiedOf(first.get("t20")?.id)?.before as { postedAt: string | null }).postedAt).toBeNull();
    const removed = await prisma().transactionEvent.findMany({ where: { userId, kind: "removed" } });
    expect(removed.map((e) => e.transactionId).sort()).toEqual([first.get("t9")?.id, first.get("t14")?.id].sort());

    // A rerun of the same listing changes nothing and writes nothing.
    const counts = async () => [await prisma().transactionEvent.count({ where: { userId } }), await prisma().providerRecord.count({ where: { userId } })];
    const before = await counts();
    const third = await sync();
    expect([third.added, third.modified, third.removed, third.merged]).toEqual([0, 0, 0, 0]);
    expect(await counts()).toEqual(before);

    // A removed row the bank lists again comes back as a modification of the same row.
    listing.rows = [...listing.rows, listing23().find((r) => r.externalId === "t9") as CanonicalTransaction];
    const fourth = await sync();
    expect([fourth.added, fourth.modified]).toEqual([0, 1]);
    expect((await storedRows(userId)).get("t9")?.removedAt).toBeNull();
    expect(await prisma().transaction.count({ where: { userId } })).toBe(23);

    // A new row on a later sync is categorized inside the batch's own transaction.
    listing.rows = [...listing.rows, row(99, "NETFLIX.COM", -1_599)];
    expect((await sync()).added).toBe(1);
    const streaming = await prisma().category.findFirstOrThrow({ where: { userId, systemKey: "streaming" } });
    expect((await storedRows(userId)).get("t99")?.categoryId).toBe(streaming.id);
  });

  it("keeps the batches applied before a crash, then completes without duplicates; the sync is marked done only at the end", async () => {
    const { userId, connectionId, session } = await setUp(4, listing23());
    const killed: ProviderSession = { provider: failAfterPages(session.provider, 5), accessToken: async () => "t" };
    const crashed = await runSync(userId, connectionId, { trigger: "schedule", session: killed, afterCommit: false, batchRows: 8 });
    expect([crashed.status, crashed.added]).toEqual(["failed", 20]);
    expect((await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).lastSyncAt).toBeNull();

    const rerun = await runSync(userId, connectionId, { trigger: "schedule", session, afterCommit: false, batchRows: 8 });
    expect([rerun.status, rerun.added, rerun.modified, rerun.removed]).toEqual(["succeeded", 3, 0, 0]);
    const ids = (await prisma().transaction.findMany({ where: { userId }, select: { externalId: true } })).map((r) => r.externalId);
    expect(new Set(ids).size).toBe(23);
    expect(ids).toHaveLength(23);
    expect(await prisma().transactionEvent.count({ where: { userId, kind: "added" } })).toBe(23);
    expect((await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).lastSyncAt).not.toBeNull();
  });
});
