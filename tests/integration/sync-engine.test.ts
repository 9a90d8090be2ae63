import { describe, expect, it } from "vitest";
import { bankViewAt } from "@/lib/generator/bank-view-at";
import { generateHistory } from "@/lib/generator/generate-history";
import type { ProviderId } from "@/lib/banks/provider";
import { ProviderError } from "@/lib/banks/provider";
import { prisma } from "@/lib/db";
import { createDatasetProvider, failAfterPages } from "@/lib/sync/create-dataset-provider";
import { runSync, type ProviderSession } from "@/lib/sync/run-sync";
import { syncConnection } from "@/lib/sync/sync-connection";
import { undoMerge } from "@/lib/sync/apply-merge";
import { createUser } from "../helpers/factories";

const us = generateHistory({ seed: 11, months: 2, persona: "us", startDate: "2024-01-01" });
// The US persona banks with A and B; BankC serves the UK persona's current and savings accounts.
const uk = generateHistory({ seed: 11, months: 2, persona: "uk", startDate: "2024-01-01" });
const { dataset, truth } = us;
const historyFor = (bank: ProviderId) => (bank === "bank-c" ? uk : us);

async function createConnection(userId: string, provider: ProviderId): Promise<string> {
  const connection = await prisma().bankConnection.create({ data: { userId, provider, institutionName: `Test ${provider}`, status: "active", nextSyncAt: new Date() } });
  return connection.id;
}

function sessionFor(bank: ProviderId, clock: { instant: string }, extra: { pageSize?: number; faults?: Parameters<typeof createDatasetProvider>[0]["faults"]; random?: () => number } = {}): ProviderSession {
  return { provider: createDatasetProvider({ dataset: historyFor(bank).dataset, bank, clock, pageSize: extra.pageSize ?? 40, faults: extra.faults, random: extra.random }), accessToken: async () => "dataset" };
}

async function liveRows(userId: string, connectionId: string) {
  return prisma().transaction.findMany({
    where: { userId, accountId: { in: (await prisma().account.findMany({ where: { userId, connectionId }, select: { id: true } })).map((a) => a.id) }, mergedIntoId: null, removedAt: null },
    select: { id: true, externalId: true, amount: true, description: true, pending: true, categoryId: true, categorySource: true },
    orderBy: { externalId: "asc" },
  });
}

function days(from: string, to: string, step = 1): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += step * 86_400_000) out.push(new Date(t).toISOString());
  return out;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const noSleep = { sleep: async () => undefined };

describe.each(["bank-a", "bank-b", "bank-c"] as const)("daily syncs against %s", (bank) => {
  it("converge on the bank's ledger, merge re-delivered and pending-to-posted copies, and a rerun changes nothing", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, bank);
    const clock = { instant: "" };
    const session = sessionFor(bank, clock);
    for (const instant of days("2024-01-02T23:00:00.000Z", "2024-02-29T23:00:00.000Z")) {
      clock.instant = instant;
      const outcome = await runSync(user.id, connectionId, { trigger: "schedule", session, today: instant.slice(0, 10), afterCommit: false, retry: noSleep });
      expect(outcome.error).toBeNull();
    }
    const { dataset, truth } = historyFor(bank);
    const view = bankViewAt(dataset, clock.instant, { bankId: bank });
    const duplicateIds = new Set(truth.duplicates.map((d) => d.id));
    const expectedIds = view.transactions.map((t) => t.id).filter((id) => !duplicateIds.has(id)).sort();
    const live = await liveRows(user.id, connectionId);
    expect(live.map((row) => row.externalId)).toEqual(expectedIds);
    const byId = new Map(view.transactions.map((t) => [t.id, t]));
    for (const row of live) expect(Number(row.amount)).toBe(byId.get(row.externalId ?? "")?.amount);

    // Every automatic merge is one the generator planted: precision first.
    const merges = await prisma().transactionMerge.findMany({ where: { userId: user.id, status: "merged" } });
    const rows = new Map((await prisma().transaction.findMany({ where: { userId: user.id }, select: { id: true, externalId: true } })).map((r) => [r.id, r.externalId]));
    const planted = new Set([
      ...truth.duplicates.map((d) => `${d.duplicateOf}>${d.id}`),
      ...truth.pendingPosted.filter((p) => p.pendingId !== p.postedId).map((p) => `${p.postedId}>${p.pendingId}`),
    ]);
    for (const merge of merges) expect(planted.has(`${rows.get(merge.survivorId)}>${rows.get(merge.mergedId)}`)).toBe(true);

    const before = { events: await prisma().transactionEvent.count({ where: { userId: user.id } }), records: await prisma().providerRecord.count({ where: { userId: user.id } }) };
    const again = await runSync(user.id, connectionId, { trigger: "manual", session, today: "2024-02-29", afterCommit: false });
    expect([again.added, again.modified, again.removed, again.merged]).toEqual([0, 0, 0, 0]);
    expect(await prisma().transactionEvent.count({ where: { userId: user.id } })).toBe(before.events);
    expect(await prisma().providerRecord.count({ where: { userId: user.id } })).toBe(before.records);
  });
});

describe("a sync killed between pages", () => {
  it.each(["bank-a", "bank-b", "bank-c"] as const)("%s: loses nothing and duplicates nothing on the next run; the cursor moves only with the last page", async (bank) => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, bank);
    const clock = { instant: "2024-02-28T12:00:00.000Z" };
    const { dataset } = historyFor(bank);
    expect(bankViewAt(dataset, clock.instant, { bankId: bank }).transactions.length).toBeGreaterThan(15);
    const killed = { provider: failAfterPages(sessionFor(bank, clock, { pageSize: 5 }).provider, 2), accessToken: async () => "dataset" };
    const crashed = await runSync(user.id, connectionId, { trigger: "schedule", session: killed, afterCommit: false });
    expect(crashed.status).toBe("failed");
    expect(crashed.added).toBe(10);
    const afterCrash = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(afterCrash.syncCursor).toBeNull();
    expect(afterCrash.lastSyncAt).toBeNull();
    expect(afterCrash.lastError).toMatch(/went wrong on our side/);

    const rerun = await runSync(user.id, connectionId, { trigger: "schedule", session: sessionFor(bank, clock, { pageSize: 5 }), afterCommit: false });
    expect(rerun.status).toBe("succeeded");
    const view = bankViewAt(dataset, clock.instant, { bankId: bank });
    const all = await prisma().transaction.findMany({ where: { userId: user.id }, select: { externalId: true } });
    const externalIds = all.map((row) => row.externalId);
    expect(new Set(externalIds).size).toBe(externalIds.length);
    expect(externalIds.length).toBe(view.transactions.length);
    const saved = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    if (bank === "bank-b") expect(saved.syncCursor).not.toBeNull();
    expect(saved.lastSyncAt).not.toBeNull();
  });

  it("restarts from the first page when the bank reports data changing mid-pagination", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-b");
    const clock = { instant: "2024-02-10T12:00:00.000Z" };
    const inner = sessionFor("bank-b", clock, { pageSize: 25 }).provider;
    const positions: Array<string | null> = [];
    let thrown = false;
    const provider = {
      ...inner,
      async fetchTransactionsPage(token: string, position: { cursor: string | null; page: string | null }) {
        positions.push(position.page);
        if (positions.length === 3 && !thrown) {
          thrown = true;
          throw new ProviderError({ kind: "data_changed", message: "cursor invalidated" });
        }
        return inner.fetchTransactionsPage(token, position);
      },
    };
    const outcome = await runSync(user.id, connectionId, { trigger: "manual", session: { provider, accessToken: async () => "dataset" }, afterCommit: false });
    expect(outcome.status).toBe("succeeded");
    expect(positions[3]).toBeNull();
    expect(await prisma().transaction.count({ where: { userId: user.id } })).toBe(bankViewAt(dataset, clock.instant, { bankId: "bank-b" }).transactions.length);
  });

  it("on a first sync restarted after batches were stored, stores each row once (re-delivered rows are looked up, new ones are not)", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-b");
    const clock = { instant: "2024-02-10T12:00:00.000Z" };
    const inner = sessionFor("bank-b", clock, { pageSize: 25 }).provider;
    let calls = 0;
    const provider = {
      ...inner,
      async fetchTransactionsPage(token: string, position: { cursor: string | null; page: string | null }) {
        calls += 1;
        if (calls === 3) throw new ProviderError({ kind: "data_changed", message: "cursor invalidated" });
        return inner.fetchTransactionsPage(token, position);
      },
    };
    // 20-row batches: the first pages are stored before the bank restarts the listing.
    const outcome = await runSync(user.id, connectionId, { trigger: "manual", session: { provider, accessToken: async () => "dataset" }, afterCommit: false, batchRows: 20 });
    const listed = bankViewAt(dataset, clock.instant, { bankId: "bank-b" }).transactions;
    expect(outcome.status).toBe("succeeded");
    expect(outcome.added).toBe(listed.length);
    expect(await prisma().transaction.count({ where: { userId: user.id } })).toBe(listed.length);
    expect(await prisma().transactionEvent.count({ where: { userId: user.id, kind: "added" } })).toBe(listed.length);
  });
});

describe("faults and bad records", () => {
  it("quarantines malformed records with a reason, stores the rest and retries 429 and 5xx", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-a");
    const clock = { instant: "2024-02-10T12:00:00.000Z" };
    const waits: number[] = [];
    const session = sessionFor("bank-a", clock, { pageSize: 50, faults: { malformedRate: 0.05, rateLimitRate: 0.2, errorRate: 0.2, retryAfterSeconds: 2 }, random: seeded(3) });
    const outcome = await runSync(user.id, connectionId, { trigger: "manual", session, afterCommit: false, retry: { sleep: async (ms) => void waits.push(ms), maxAttempts: 20 } });
    expect(outcome.status).toBe("succeeded");
    expect(waits).toContain(2000);
    expect(outcome.quarantined).toBeGreaterThan(0);
    const quarantined = await prisma().quarantinedRecord.findMany({ where: { connectionId } });
    expect(quarantined).toHaveLength(outcome.quarantined);
    for (const record of quarantined) expect(record.reason).toMatch(/^(txn_id|acc_id|txn_date|amount|narrative|currency|dr_cr|status|description)[^:]*: |is not|must|longer/);
    const total = bankViewAt(dataset, clock.instant, { bankId: "bank-a" }).transactions.length;
    expect(await prisma().transaction.count({ where: { userId: user.id } })).toBe(total - outcome.quarantined);
    const run = await prisma().syncRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect([run.status, run.quarantined, run.added]).toEqual(["succeeded", outcome.quarantined, total - outcome.quarantined]);
  });

  it("marks the connection for re-linking when the bank refuses the token, in plain words", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-b");
    const session: ProviderSession = {
      provider: sessionFor("bank-b", { instant: "2024-02-10T12:00:00.000Z" }).provider,
      accessToken: async () => {
        throw new ProviderError({ kind: "reauth_required", message: "grant revoked" });
      },
    };
    const outcome = await runSync(user.id, connectionId, { trigger: "manual", session, afterCommit: false });
    expect(outcome.status).toBe("failed");
    const connection = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(connection.status).toBe("reauth_required");
    expect(connection.lastError).toBe("The bank needs you to sign in again before it shares new transactions.");
  });
});

describe("user data survives bank changes", () => {
  it("keeps a user's category and corrections when a pending row posts under a new id, and a merge can be undone", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-b");
    const pair = truth.pendingPosted.find((p) => p.pendingId !== p.postedId && dataset.accounts.find((a) => a.id === dataset.transactions.find((t) => t.id === p.postedId)?.accountId)?.bankId === "bank-b");
    expect(pair).toBeDefined();
    if (!pair) return;
    const pending = dataset.transactions.find((t) => t.id === pair.pendingId);
    const posted = dataset.transactions.find((t) => t.id === pair.postedId);
    if (!pending || !posted?.postedAt) return;
    const clock = { instant: pending.appearsAt };
    const session = sessionFor("bank-b", clock);
    await runSync(user.id, connectionId, { trigger: "manual", session, afterCommit: false });
    const pendingRow = await prisma().transaction.findFirstOrThrow({ where: { userId: user.id, externalId: pending.id } });
    const travel = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "travel" } });
    await prisma().transaction.update({ where: { id: pendingRow.id }, data: { categoryId: travel.id, categorySource: "user" } });
    const correction = await prisma().correction.create({ data: { userId: user.id, transactionId: pendingRow.id, field: "category", value: { categoryKey: "travel" } } });

    clock.instant = new Date(Date.parse(posted.postedAt) + 3_600_000).toISOString();
    const outcome = await runSync(user.id, connectionId, { trigger: "manual", session, afterCommit: false });
    expect(outcome.merged).toBeGreaterThanOrEqual(1);
    const postedRow = await prisma().transaction.findFirstOrThrow({ where: { userId: user.id, externalId: posted.id } });
    expect([postedRow.categoryId, postedRow.categorySource, postedRow.pendingTransactionId]).toEqual([travel.id, "user", pendingRow.id]);
    expect((await prisma().correction.findUniqueOrThrow({ where: { id: correction.id } })).transactionId).toBe(postedRow.id);
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: pendingRow.id } })).mergedIntoId).toBe(postedRow.id);
    const merge = await prisma().transactionMerge.findFirstOrThrow({ where: { userId: user.id, mergedId: pendingRow.id } });
    expect(merge.score).toBe(1);
    expect(merge.reasons).toEqual({ kind: "pending_to_posted", reasons: ["the bank linked the posted row to its pending row"], messages: [{ key: "dedup.bankLinked" }] });

    const other = await createUser();
    await expect(undoMerge(other.id, merge.id)).rejects.toThrow("Merge was not found");
    await undoMerge(user.id, merge.id);
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: pendingRow.id } })).mergedIntoId).toBeNull();
    expect((await prisma().transactionMerge.findUniqueOrThrow({ where: { id: merge.id } })).status).toBe("undone");
  });

  it("records a modification as an event with before and after, keeping the user's category", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-b");
    const corrected = truth.corrections.find((c) => dataset.accounts.find((a) => a.id === dataset.transactions.find((t) => t.id === c.id)?.accountId)?.bankId === "bank-b");
    if (!corrected) return;
    const clock = { instant: new Date(Date.parse(corrected.correctedAt) - 60_000).toISOString() };
    const session = sessionFor("bank-b", clock);
    await runSync(user.id, connectionId, { trigger: "manual", session, afterCommit: false });
    const row = await prisma().transaction.findFirstOrThrow({ where: { userId: user.id, externalId: corrected.id } });
    const other = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "other" } });
    await prisma().transaction.update({ where: { id: row.id }, data: { categoryId: other.id, categorySource: "user" } });
    clock.instant = new Date(Date.parse(corrected.correctedAt) + 60_000).toISOString();
    const outcome = await runSync(user.id, connectionId, { trigger: "manual", session, afterCommit: false });
    expect(outcome.modified).toBeGreaterThanOrEqual(1);
    const event = await prisma().transactionEvent.findFirstOrThrow({ where: { transactionId: row.id, kind: "modified" } });
    const field = corrected.field === "amount" ? "amount" : "description";
    expect((event.before as Record<string, unknown>)[field]).toBe(corrected.before);
    expect((event.after as Record<string, unknown>)[field]).toBe(corrected.after);
    const after = await prisma().transaction.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.categoryId, after.categorySource]).toEqual([other.id, "user"]);
  });
});

describe("locks and ownership", () => {
  it("answers busy to a second sync of the same connection while one runs", async () => {
    const user = await createUser();
    const connectionId = await createConnection(user.id, "bank-a");
    const clock = { instant: "2024-02-10T12:00:00.000Z" };
    const inner = sessionFor("bank-a", clock).provider;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = { ...inner, fetchAccounts: async (token: string) => (await gate, inner.fetchAccounts(token)) };
    const first = syncConnection(user.id, connectionId, { trigger: "schedule", session: { provider: slow, accessToken: async () => "t" }, afterCommit: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await syncConnection(user.id, connectionId, { trigger: "manual", session: { provider: inner, accessToken: async () => "t" }, afterCommit: false });
    expect(second.status).toBe("busy");
    release();
    expect((await first).status).toBe("done");
  });

  it("treats another user's connection as not found", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const connectionId = await createConnection(owner.id, "bank-a");
    const session = sessionFor("bank-a", { instant: "2024-02-10T12:00:00.000Z" });
    await expect(runSync(stranger.id, connectionId, { trigger: "manual", session })).rejects.toThrow("Connection was not found");
    await expect(syncConnection(stranger.id, connectionId, { trigger: "manual", session })).rejects.toThrow("Connection was not found");
    expect(await prisma().syncRun.count({ where: { connectionId } })).toBe(0);
  });
});
