import { describe, expect, it } from "vitest";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { undoMerge } from "@/lib/sync/apply-merge";
import { ingestCanonicalTransactions, type IngestRow } from "@/lib/sync/ingest-canonical-transactions";
import { resolveReviewItem } from "@/lib/sync/review-decision";
import { countReviewItems, listReviewItems } from "@/lib/sync/review-items";
import { createManualAccount, createUser } from "../helpers/factories";

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      const { status, body } = toErrorResponse(error);
      return { status, message: body.error.message };
    },
  );

function row(accountId: string, externalId: string, overrides: Partial<IngestRow> = {}): IngestRow {
  return { accountId, externalId, amount: -1_250, currency: "USD", pending: false, date: "2026-03-04", description: "CORNER BAKERY 118", payload: { id: externalId }, ...overrides };
}

async function ingest(userId: string, rows: IngestRow[], source: "sync" | "import" = "sync") {
  const context = await loadCategorizationContext(prisma(), userId);
  return prisma().$transaction((tx) => ingestCanonicalTransactions(tx, { userId, source, rows, deliveryStartedAt: new Date(), context }));
}

/** Two identical rows under two bank ids in one delivery: maybe two purchases, so dedup asks the user. */
async function userWithReviewItem() {
  const user = await createUser();
  const account = await createManualAccount(user.id, "Everyday");
  const result = await ingest(user.id, [row(account, "b-1"), row(account, "b-2"), row(account, "b-3", { amount: -99_00, description: "RENT" })]);
  expect(result).toMatchObject({ added: 3, merged: 0, review: 1 });
  const list = await listReviewItems(user.id);
  expect(list.pending).toHaveLength(1);
  return { user, account, item: list.pending[0] ?? expect.unreachable() };
}

async function visibleAmounts(accountId: string) {
  const rows = await prisma().transaction.findMany({ where: { accountId, mergedIntoId: null }, select: { amount: true } });
  return rows.map((r) => Number(r.amount)).sort((a, b) => a - b);
}

describe("the dedup review list", () => {
  it("shows each pair side by side with its score and plain reasons", async () => {
    const { user, account, item } = await userWithReviewItem();
    expect(item.kind).toBe("duplicate");
    expect(item.score).toBe(0.6);
    expect(item.reasons.slice(0, 4)).toEqual(["same amount", "same date", "same description", "identical rows in one delivery may be two purchases"]);
    for (const side of [item.survivor, item.merged]) {
      expect(side).toMatchObject({ accountName: "Everyday", amount: -1_250, currency: "USD", date: "2026-03-04", description: "CORNER BAKERY 118", pending: false, removed: false });
    }
    expect(item.survivor.id).not.toBe(item.merged.id);
    expect(await countReviewItems(user.id)).toBe(1);
    // Nothing was hidden while the pair waits.
    expect(await visibleAmounts(account)).toEqual([-9_900, -1_250, -1_250]);
  });

  it("merging hides one row like an automatic merge, moves to recent merges, and can be undone", async () => {
    const { user, account, item } = await userWithReviewItem();
    await prisma().transaction.update({ where: { id: item.merged.id }, data: { notes: "split with Sam" } });
    expect(await resolveReviewItem(user.id, item.id, { decision: "merge" })).toEqual({ status: "merged" });

    expect(await visibleAmounts(account)).toEqual([-9_900, -1_250]);
    const survivor = await prisma().transaction.findUniqueOrThrow({ where: { id: item.survivor.id } });
    expect(survivor.notes).toBe("split with Sam");
    const merged = await prisma().transaction.findUniqueOrThrow({ where: { id: item.merged.id } });
    expect(merged.mergedIntoId).toBe(item.survivor.id);
    const events = await prisma().transactionEvent.findMany({ where: { transactionId: item.merged.id, kind: "merged" } });
    expect(events.map((e) => [e.source, e.actor])).toEqual([["user", `user:${user.id}`]]);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "transaction.review_merged", entityId: item.id } })).toBe(1);

    const after = await listReviewItems(user.id);
    expect(after.pending).toEqual([]);
    expect(after.recentMerges.map((m) => [m.id, m.score, m.survivor.id, m.merged.id])).toEqual([[item.id, 0.6, item.survivor.id, item.merged.id]]);

    await undoMerge(user.id, item.id);
    expect(await visibleAmounts(account)).toEqual([-9_900, -1_250, -1_250]);
    expect((await listReviewItems(user.id)).recentMerges).toEqual([]);
    expect(await prisma().transactionMerge.findUniqueOrThrow({ where: { id: item.id }, select: { status: true } })).toEqual({ status: "undone" });
  });

  it("keeping both records the answer, hides nothing and does not ask again", async () => {
    const { user, account, item } = await userWithReviewItem();
    expect(await resolveReviewItem(user.id, item.id, { decision: "keep_both" })).toEqual({ status: "rejected" });
    expect(await visibleAmounts(account)).toEqual([-9_900, -1_250, -1_250]);
    expect(await listReviewItems(user.id)).toEqual({ pending: [], pendingTotal: 0, recentMerges: [] });
    expect(await caught(resolveReviewItem(user.id, item.id, { decision: "merge" }))).toEqual({
      status: 409, message: "This pair was already decided; reload the page to see where it stands",
    });
    expect(await caught(undoMerge(user.id, item.id))).toEqual({ status: 409, message: "Only a merged pair can be undone" });
  });

  it("leaves out a pair whose row was merged elsewhere meanwhile, and refuses to merge it", async () => {
    const { user, account, item } = await userWithReviewItem();
    const other = await prisma().transaction.findFirstOrThrow({ where: { accountId: account, description: "RENT" } });
    await prisma().transaction.update({ where: { id: item.merged.id }, data: { mergedIntoId: other.id } });
    expect((await listReviewItems(user.id)).pending).toEqual([]);
    expect(await caught(resolveReviewItem(user.id, item.id, { decision: "merge" }))).toEqual({
      status: 409, message: "One of these transactions was merged with another one meanwhile; this pair can no longer be merged",
    });
  });

  it("narrows to one connection's accounts", async () => {
    const { user, account } = await userWithReviewItem();
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Harbor Trust Bank" } });
    expect(await countReviewItems(user.id, { connectionId: connection.id })).toBe(0);
    await prisma().account.update({ where: { id: account }, data: { connectionId: connection.id } });
    const list = await listReviewItems(user.id, { connectionId: connection.id });
    expect(list.pendingTotal).toBe(1);
    expect(list.pending[0]?.survivor.institutionName).toBe("Harbor Trust Bank");
  });

  it("names the bad field of a decision", async () => {
    const { user, item } = await userWithReviewItem();
    expect(await caught(resolveReviewItem(user.id, item.id, { decision: "maybe" }))).toEqual({ status: 422, message: "decision: must be merge or keep_both" });
    expect(await caught(resolveReviewItem(user.id, item.id, {}))).toEqual({ status: 422, message: "decision: must be merge or keep_both" });
    expect(await countReviewItems(user.id)).toBe(1);
  });

  it("another user can neither see nor decide nor undo the first user's pairs", async () => {
    const { user, account, item } = await userWithReviewItem();
    const mallory = await createUser("Mallory");
    expect(await listReviewItems(mallory.id)).toEqual({ pending: [], pendingTotal: 0, recentMerges: [] });
    for (const decision of ["merge", "keep_both"]) {
      expect(await caught(resolveReviewItem(mallory.id, item.id, { decision }))).toEqual({ status: 404, message: "Review item was not found" });
    }
    expect(await caught(resolveReviewItem(mallory.id, "00000000-0000-7000-8000-000000000000", { decision: "merge" }))).toEqual({ status: 404, message: "Review item was not found" });
    await resolveReviewItem(user.id, item.id, { decision: "merge" });
    expect(await caught(undoMerge(mallory.id, item.id))).toEqual({ status: 404, message: "Merge was not found" });
    expect(await listReviewItems(mallory.id)).toEqual({ pending: [], pendingTotal: 0, recentMerges: [] });
    expect(await visibleAmounts(account)).toEqual([-9_900, -1_250]);
  });
});
