/**
 * Transaction (account, category), TransactionEvent and ProviderRecord reference their rows through
 * statement-level triggers instead of foreign keys (migration references_by_statement): the same
 * guarantees, checked per statement, and the referenced row must also be the same user's.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";
import { testServerUrl } from "../helpers/test-database-url";

async function userWithTransaction(name: string) {
  const user = await createUser(name);
  const accountId = await createManualAccount(user.id);
  const transactionId = await createTransaction(user.id, accountId, -1_250, "COFFEE");
  return { userId: user.id, accountId, transactionId };
}

/** The statement failed as a foreign key fails (Prisma's P2003, SQLSTATE 23503), naming the column. */
async function expectRefused(write: Promise<unknown>, column: string): Promise<void> {
  const error = (await write.then(() => null, (e: unknown) => e)) as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } } } | null;
  expect(error?.code).toBe("P2003");
  expect(error?.meta?.driverAdapterError?.cause?.originalCode).toBe("23503");
  expect(error?.meta?.driverAdapterError?.cause?.originalMessage).toContain(`"${column}"`);
}

function addedEvent(userId: string, transactionId: string) {
  return { userId, transactionId, kind: "added" as const, source: "sync" as const, actor: "system:sync", after: { amount: -1_250 } };
}

function record(userId: string, refs: { transactionId?: string; connectionId?: string; importJobId?: string }) {
  return { userId, payload: { id: "b-1" }, ...refs };
}

describe("references checked by statement", () => {
  it("refuses an event or provider record naming a missing row, in one statement of many, and writes none of it", async () => {
    const { userId, transactionId } = await userWithTransaction("Alice");
    const missing = "01900000-0000-7000-8000-000000000000";
    await expectRefused(prisma().transactionEvent.createMany({ data: [addedEvent(userId, transactionId), addedEvent(userId, missing)] }), "transactionId");
    await expectRefused(prisma().providerRecord.create({ data: record(userId, { transactionId: missing }) }), "transactionId");
    await expectRefused(prisma().providerRecord.create({ data: record(userId, { connectionId: missing }) }), "connectionId");
    await expectRefused(prisma().providerRecord.create({ data: record(userId, { importJobId: missing }) }), "importJobId");
    expect(await prisma().transactionEvent.count({ where: { userId } })).toBe(0);
    expect(await prisma().providerRecord.count({ where: { userId } })).toBe(0);

    await prisma().transactionEvent.create({ data: addedEvent(userId, transactionId) });
    await expectRefused(prisma().transactionEvent.updateMany({ where: { userId }, data: { transactionId: missing } }), "transactionId");
    expect((await prisma().transactionEvent.findFirstOrThrow({ where: { userId } })).transactionId).toBe(transactionId);
  });

  it("refuses a reference to another user's transaction, connection or import job", async () => {
    const alice = await userWithTransaction("Alice");
    const bob = await userWithTransaction("Bob");
    const bobsConnection = await prisma().bankConnection.create({ data: { userId: bob.userId, provider: "bank-a", institutionName: "Bank A", status: "active" } });
    const bobsImport = await prisma().importJob.create({ data: { userId: bob.userId, accountId: bob.accountId, fileName: "bob.csv", fileHash: "b".repeat(64), format: "csv", status: "succeeded" } });
    await expectRefused(prisma().transactionEvent.create({ data: addedEvent(alice.userId, bob.transactionId) }), "transactionId");
    await expectRefused(prisma().providerRecord.create({ data: record(alice.userId, { transactionId: bob.transactionId }) }), "transactionId");
    await expectRefused(prisma().providerRecord.create({ data: record(alice.userId, { connectionId: bobsConnection.id }) }), "connectionId");
    await expectRefused(prisma().providerRecord.create({ data: record(alice.userId, { importJobId: bobsImport.id }) }), "importJobId");
    expect(await prisma().transactionEvent.count({ where: { userId: alice.userId } })).toBe(0);
    expect(await prisma().providerRecord.count({ where: { userId: alice.userId } })).toBe(0);
  });

  it("refuses a transaction in another user's account or category, on insert and on update, and writes none of a statement", async () => {
    const alice = await userWithTransaction("Alice");
    const bob = await userWithTransaction("Bob");
    const bobsCategory = await prisma().category.findFirstOrThrow({ where: { userId: bob.userId, systemKey: "groceries" } });
    const row = { userId: alice.userId, source: "manual" as const, amount: -500n, currency: "USD", date: new Date("2026-11-02T00:00:00Z"), description: "TEA" };
    await expectRefused(prisma().transaction.create({ data: { ...row, accountId: bob.accountId } }), "accountId");
    await expectRefused(prisma().transaction.createMany({ data: [{ ...row, accountId: alice.accountId }, { ...row, accountId: alice.accountId, categoryId: bobsCategory.id }] }), "categoryId");
    await expectRefused(prisma().transaction.update({ where: { id: alice.transactionId }, data: { categoryId: bobsCategory.id } }), "categoryId");
    await expectRefused(prisma().transaction.update({ where: { id: alice.transactionId }, data: { accountId: bob.accountId } }), "accountId");
    const stored = await prisma().transaction.findMany({ where: { userId: alice.userId }, select: { id: true, accountId: true, categoryId: true } });
    expect(stored).toEqual([{ id: alice.transactionId, accountId: alice.accountId, categoryId: null }]);
    expect(await prisma().transaction.count({ where: { userId: bob.userId } })).toBe(1);
  });

  it("deletes an account's transactions with their events, and leaves a deleted category's transactions uncategorized", async () => {
    const { userId, accountId, transactionId } = await userWithTransaction("Alice");
    const otherAccount = await createManualAccount(userId, "Savings");
    const kept = await createTransaction(userId, otherAccount, -300, "BOOKS");
    const category = await prisma().category.create({ data: { userId, name: "Books" } });
    await prisma().transaction.update({ where: { id: kept }, data: { categoryId: category.id } });
    await prisma().transactionEvent.createMany({ data: [addedEvent(userId, transactionId), addedEvent(userId, kept)] });

    await prisma().account.delete({ where: { id: accountId } });
    expect(await prisma().transaction.findMany({ where: { userId }, select: { id: true } })).toEqual([{ id: kept }]);
    expect((await prisma().transactionEvent.findMany({ where: { userId } })).map((e) => e.transactionId)).toEqual([kept]);

    await prisma().category.delete({ where: { id: category.id } });
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: kept }, select: { categoryId: true } })).toEqual({ categoryId: null });
  });

  it("deletes a transaction's events and keeps its provider records without the reference; a deleted connection or import job is cleared the same way", async () => {
    const { userId, accountId, transactionId } = await userWithTransaction("Alice");
    const kept = await createTransaction(userId, accountId, -900, "BAKERY");
    const connection = await prisma().bankConnection.create({ data: { userId, provider: "bank-a", institutionName: "Bank A", status: "active" } });
    const job = await prisma().importJob.create({ data: { userId, accountId, fileName: "a.csv", fileHash: "a".repeat(64), format: "csv", status: "succeeded" } });
    await prisma().transactionEvent.createMany({ data: [addedEvent(userId, transactionId), addedEvent(userId, kept)] });
    const doomed = await prisma().providerRecord.create({ data: record(userId, { transactionId, connectionId: connection.id }) });
    const other = await prisma().providerRecord.create({ data: record(userId, { transactionId: kept, importJobId: job.id }) });

    await prisma().transaction.delete({ where: { id: transactionId } });
    expect((await prisma().transactionEvent.findMany({ where: { userId } })).map((e) => e.transactionId)).toEqual([kept]);
    expect(await prisma().providerRecord.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ transactionId: null, connectionId: connection.id });

    await prisma().bankConnection.delete({ where: { id: connection.id } });
    await prisma().importJob.delete({ where: { id: job.id } });
    expect(await prisma().providerRecord.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ transactionId: null, connectionId: null });
    expect(await prisma().providerRecord.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ transactionId: kept, importJobId: null });
  });

  it.skipIf(testServerUrl() === null)("on PostgreSQL, a delete of a transaction waits for an open transaction writing its history, then removes that too", async () => {
    const { userId, transactionId } = await userWithTransaction("Alice");
    let deleting: Promise<unknown> | null = null;
    await prisma().$transaction(async (tx) => {
      await tx.transactionEvent.create({ data: addedEvent(userId, transactionId) });
      let deleted = false;
      // (A Prisma query is lazy: then() sends it.)
      deleting = prisma().transaction.delete({ where: { id: transactionId } }).then((row) => ((deleted = true), row));
      // The delete must queue behind this transaction's key-share lock on the row.
      for (;;) {
        if (deleted) throw new Error("the delete went through while a transaction was still writing the row's history");
        const waiting = await prisma().$queryRawUnsafe<Array<{ n: bigint }>>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND query LIKE 'DELETE FROM "public"."Transaction"%'`,
        );
        if (waiting[0]?.n === 1n) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await deleting;
    expect(await prisma().transaction.count({ where: { id: transactionId } })).toBe(0);
    expect(await prisma().transactionEvent.count({ where: { userId } })).toBe(0);
  });
});
