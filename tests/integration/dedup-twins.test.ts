import { describe, expect, it } from "vitest";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { undoMerge } from "@/lib/sync/apply-merge";
import { ingestCanonicalTransactions } from "@/lib/sync/ingest-canonical-transactions";
import { createManualAccount, createUser } from "../helpers/factories";

const TODAY = "2026-03-31";

/** Two equal fares a day apart, as a bank sync delivers them (booking dates), each with the bank's own id. */
async function syncFares(userId: string, accountId: string, dates: string[]) {
  const context = await loadCategorizationContext(prisma(), userId);
  await prisma().$transaction((tx) => ingestCanonicalTransactions(tx, {
    userId, source: "sync", deliveryStartedAt: new Date(), context,
    rows: dates.map((date, index) => ({
      accountId, externalId: `bank-fare-${index + 1}`, amount: -290, currency: "USD", pending: false, date, description: "MTA*NYCT PAYGO", payload: { id: `bank-fare-${index + 1}` },
    })),
  }));
}

/** The statement books each fare a day later (posting date) and writes the text differently. */
async function importStatement(userId: string, accountId: string, dates: string[]) {
  const text = ["Date,Description,Amount", ...dates.map((date) => `${date},Mta*Nyct Paygo,-2.90`)].join("\n");
  const bytes = new TextEncoder().encode(text);
  const queued = await createImportJob(userId, { file: { name: "fares.csv", size: bytes.length, bytes: async () => bytes }, fields: { accountId } }, { today: TODAY, afterCommit: false });
  return queued.run();
}

const visible = (accountId: string) =>
  prisma().transaction.findMany({ where: { accountId, mergedIntoId: null, removedAt: null }, select: { id: true, source: true, date: true }, orderBy: [{ date: "asc" }, { source: "asc" }] });

describe("dedup of identical twins across a sync and a statement import", () => {
  it("merges two synced fares with two imported ones one-to-one in date order, explainably and undoably", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    await syncFares(user.id, account, ["2026-03-09", "2026-03-10"]);
    const job = await importStatement(user.id, account, ["2026-03-10", "2026-03-11"]);
    expect(job).toMatchObject({ status: "succeeded", mergedRows: 2 });
    expect((await visible(account)).map((row) => row.source)).toEqual(["sync", "sync"]);

    const merges = await prisma().transactionMerge.findMany({ where: { userId: user.id }, select: { id: true, status: true, score: true, reasons: true, survivorId: true, mergedId: true } });
    const dates = new Map((await prisma().transaction.findMany({ where: { userId: user.id }, select: { id: true, date: true } })).map((row) => [row.id, row.date.toISOString().slice(0, 10)]));
    merges.sort((a, b) => (dates.get(a.survivorId) ?? "").localeCompare(dates.get(b.survivorId) ?? ""));
    expect(merges.map((m) => [m.status, dates.get(m.survivorId), dates.get(m.mergedId), m.score])).toEqual([
      ["merged", "2026-03-09", "2026-03-10", 0.9],
      ["merged", "2026-03-10", "2026-03-11", 0.9],
    ]);
    expect(merges[0]?.reasons).toEqual({
      kind: "cross_source",
      reasons: ["same amount", "dates 1 day apart", "same description", "one of 2 alike rows on each side, paired in date order"],
      // The same reasons as catalog messages, so the review page shows them in the reader's language.
      messages: [{ key: "dedup.sameAmount" }, { key: "dedup.datesApart", params: { days: 1 } }, { key: "dedup.sameDescription" }, { key: "dedup.alikeRowsPaired", params: { count: 2 } }],
    });

    // Another user can neither undo nor see it; the owner can undo one pair and only that pair reappears.
    const bob = await createUser("Bob");
    await expect(undoMerge(bob.id, merges[0]?.id ?? "")).rejects.toSatisfy((error) => error instanceof AppError && error.code === "not_found");
    await undoMerge(user.id, merges[0]?.id ?? "");
    expect((await visible(account)).map((row) => [row.source, row.date.toISOString().slice(0, 10)])).toEqual([["sync", "2026-03-09"], ["sync", "2026-03-10"], ["import", "2026-03-10"]]);
    expect((await prisma().transactionMerge.findUniqueOrThrow({ where: { id: merges[1]?.id ?? "" } })).status).toBe("merged");
  });

  it("sends twins to review when the counts differ, merging nothing", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    await syncFares(user.id, account, ["2026-03-09", "2026-03-10"]);
    const job = await importStatement(user.id, account, ["2026-03-10"]);
    expect(job).toMatchObject({ status: "succeeded", mergedRows: 0, importedRows: 1 });
    const decisions = await prisma().transactionMerge.findMany({ where: { userId: user.id }, select: { status: true, reasons: true } });
    expect(decisions.map((d) => d.status)).toEqual(["review"]);
    expect(JSON.stringify(decisions[0]?.reasons)).toContain("another row matches as well");
    expect(await visible(account)).toHaveLength(3);
  });
});
