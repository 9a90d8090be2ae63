import { describe, expect, it } from "vitest";
import { createManualAccount } from "@/lib/accounts/create-manual-account";
import { deleteManualAccount } from "@/lib/accounts/delete-manual-account";
import { getAccount, listAccounts } from "@/lib/accounts/list-accounts";
import { updateManualAccount } from "@/lib/accounts/update-manual-account";
import { prisma } from "@/lib/db";
import { AppError, toErrorResponse } from "@/lib/errors";
import { createManualTransaction } from "@/lib/manual-transactions/create-manual-transaction";
import { removeManualTransactions, restoreManualTransactions } from "@/lib/manual-transactions/remove-manual-transactions";
import { updateManualTransaction } from "@/lib/manual-transactions/update-manual-transaction";
import { createUser } from "../helpers/factories";

const NOW = new Date("2026-11-21T12:00:00Z");

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  const { status, body } = toErrorResponse(error);
  return { status, message: body.error.message };
}

async function ledgerSum(accountId: string): Promise<bigint> {
  const account = await prisma().account.findUniqueOrThrow({ where: { id: accountId } });
  const sum = await prisma().transaction.aggregate({ where: { accountId, removedAt: null }, _sum: { amount: true } });
  return account.openingBalance + (sum._sum.amount ?? 0n);
}

describe("manual accounts", () => {
  it("keeps the balance equal to opening balance plus transactions through add, edit, delete and undo", async () => {
    const user = await createUser();
    const cash = await createManualAccount(user.id, { name: "Wallet", type: "cash", currency: "JPY", openingBalance: "5000" });
    expect(cash).toMatchObject({ name: "Wallet", currency: "JPY", currentBalance: 5000, source: "manual" });

    const lunch = await createManualTransaction(user.id, { kind: "expense", accountId: cash.id, amount: "1200", date: "2026-11-20", description: "Ramen" }, NOW);
    await createManualTransaction(user.id, { kind: "income", accountId: cash.id, amount: "300", date: "2026-11-20", description: "Found coin" }, NOW);
    expect((await getAccount(user.id, cash.id)).currentBalance).toBe(4100);

    const [edited] = await updateManualTransaction(user.id, lunch.transactions[0]?.id ?? "", { amount: "1500" }, NOW);
    expect(edited?.amount).toBe(-1500);
    expect((await getAccount(user.id, cash.id)).currentBalance).toBe(3800);

    const removed = await removeManualTransactions(user.id, { ids: [edited?.id] }, NOW);
    expect(removed.ids).toEqual([edited?.id]);
    expect((await getAccount(user.id, cash.id)).currentBalance).toBe(5300);
    await restoreManualTransactions(user.id, { ids: removed.ids }, NOW);
    expect((await getAccount(user.id, cash.id)).currentBalance).toBe(3800);
    expect(BigInt(3800)).toBe(await ledgerSum(cash.id));

    await updateManualAccount(user.id, cash.id, { openingBalance: "10000" });
    expect((await getAccount(user.id, cash.id)).currentBalance).toBe(8800);

    const events = await prisma().transactionEvent.findMany({ where: { transactionId: edited?.id }, orderBy: { createdAt: "asc" }, select: { kind: true, source: true, actor: true } });
    // The categorizer looked at the new row like at a synced one.
    expect(events.map((e) => e.kind)).toEqual(["added", "categorized", "modified", "removed", "reverted"]);
    expect(events.filter((e) => e.kind !== "categorized").every((e) => e.actor === `user:${user.id}` && e.source === "user")).toBe(true);
    const audit = await prisma().auditLog.findMany({ where: { userId: user.id, action: { not: "user.registered" } }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["account.created", "transaction.created", "transaction.created", "transaction.updated", "transactions.removed", "transactions.restored", "account.updated"]);
  });

  it("records both amounts of a cross-currency transfer and the rate they imply", async () => {
    const user = await createUser();
    const usd = await createManualAccount(user.id, { name: "Dollars", type: "checking", currency: "USD", openingBalance: "1000.00" });
    const kwd = await createManualAccount(user.id, { name: "Dinars", type: "savings", currency: "KWD", openingBalance: "0" });
    expect(await failure(createManualTransaction(user.id, { kind: "transfer", accountId: usd.id, toAccountId: kwd.id, amount: "100.00", date: "2026-11-20", description: "Move" }, NOW)))
      .toEqual({ status: 422, message: "toAmount: is required when the accounts' currencies differ (USD to KWD)" });
    const created = await createManualTransaction(user.id, { kind: "transfer", accountId: usd.id, toAccountId: kwd.id, amount: "100.00", toAmount: "30.750", date: "2026-11-20", description: "Move" }, NOW);
    expect(created.impliedRate).toBe("0.3075");
    const [incoming, outgoing] = [...created.transactions].sort((a, b) => b.amount - a.amount);
    expect(outgoing).toMatchObject({ amount: -10_000, currency: "USD", transfer: { amount: 30_750, currency: "KWD", impliedRate: "0.3075" } });
    expect(incoming).toMatchObject({ amount: 30_750, currency: "KWD", transfer: { amount: -10_000, currency: "USD", impliedRate: "0.3075" } });
    expect((await getAccount(user.id, usd.id)).currentBalance).toBe(90_000);
    expect((await getAccount(user.id, kwd.id)).currentBalance).toBe(30_750);

    // Deleting one leg takes the other with it; undo brings both back.
    const removed = await removeManualTransactions(user.id, { ids: [outgoing?.id] }, NOW);
    expect(removed.ids.sort()).toEqual([incoming?.id, outgoing?.id].sort());
    expect((await getAccount(user.id, kwd.id)).currentBalance).toBe(0);
    await restoreManualTransactions(user.id, { ids: removed.ids }, NOW);
    expect((await getAccount(user.id, kwd.id)).currentBalance).toBe(30_750);

    await deleteManualAccount(user.id, kwd.id);
    expect((await listAccounts(user.id)).map((a) => a.name)).toEqual(["Dollars"]);
    const left = await prisma().transaction.findUniqueOrThrow({ where: { id: outgoing?.id ?? "" } });
    expect([left.isTransfer, left.transferPeerId]).toEqual([false, null]);
  });

  it("keeps the balance exact under concurrent writers", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, { name: "Busy", type: "checking", currency: "USD" });
    await Promise.all(Array.from({ length: 8 }, (_, i) => createManualTransaction(user.id, { kind: "income", accountId: account.id, amount: `${i + 1}.00`, date: "2026-11-20", description: `Deposit ${i}` }, NOW)));
    expect((await getAccount(user.id, account.id)).currentBalance).toBe(3600);
  });

  it("archives: hidden from the list, refuses new entries until unarchived", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, { name: "Old card", type: "credit_card", currency: "EUR", openingBalance: "-250.00" });
    await updateManualAccount(user.id, account.id, { archived: true });
    expect(await listAccounts(user.id)).toEqual([]);
    expect(await failure(createManualTransaction(user.id, { kind: "expense", accountId: account.id, amount: "1", date: "2026-11-20", description: "x" }, NOW)))
      .toEqual({ status: 422, message: "accountId: the account is archived; unarchive it first" });
    await updateManualAccount(user.id, account.id, { archived: false });
    expect((await listAccounts(user.id)).map((a) => a.currentBalance)).toEqual([-25_000]);
  });

  it("answers bad input with 422 naming the field", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id, { name: "Yen", type: "cash", currency: "JPY" });
    expect(await failure(createManualAccount(user.id, { name: "", type: "cash", currency: "USD" }))).toEqual({ status: 422, message: "name: is required" });
    expect(await failure(createManualAccount(user.id, { name: "X", type: "cash", currency: "XYZ" }))).toEqual({ status: 422, message: "currency: must be a three-letter ISO 4217 currency code" });
    expect(await failure(createManualAccount(user.id, { name: "X", type: "boat", currency: "USD" }))).toEqual({ status: 422, message: "type: must be one of checking, savings, credit_card, cash, loan, investment" });
    expect(await failure(createManualAccount(user.id, { name: "X", type: "cash", currency: "KWD", openingBalance: "1.2345" })))
      .toEqual({ status: 422, message: 'openingBalance: "1.2345" has more decimal places than KWD allows (3)' });
    expect(await failure(createManualTransaction(user.id, { kind: "expense", accountId: account.id, amount: "12.50", date: "2026-11-20", description: "Coffee" }, NOW)))
      .toEqual({ status: 422, message: 'amount: "12.50" has more decimal places than JPY allows (0)' });
    expect(await failure(createManualTransaction(user.id, { kind: "expense", accountId: account.id, amount: "-5", date: "2026-11-20", description: "x" }, NOW)))
      .toEqual({ status: 422, message: "amount: must be greater than zero" });
    expect(await failure(createManualTransaction(user.id, { kind: "expense", accountId: account.id, amount: "5", date: "2026-02-30", description: "x" }, NOW)))
      .toEqual({ status: 422, message: "date: must be a real date (YYYY-MM-DD)" });
    expect(await failure(createManualTransaction(user.id, { kind: "gift", accountId: account.id, amount: "5", date: "2026-02-03", description: "x" }, NOW)))
      .toEqual({ status: 422, message: "kind: must be expense, income or transfer" });
    expect(await failure(removeManualTransactions(user.id, { ids: [] }, NOW))).toEqual({ status: 422, message: "ids: must name at least one transaction" });
  });

  it("a second user can neither read nor change the first user's accounts and transactions", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const account = await createManualAccount(alice.id, { name: "Alice cash", type: "cash", currency: "USD", openingBalance: "10.00" });
    const bobAccount = await createManualAccount(bob.id, { name: "Bob cash", type: "cash", currency: "USD" });
    const { transactions } = await createManualTransaction(alice.id, { kind: "expense", accountId: account.id, amount: "1.00", date: "2026-11-20", description: "Gum" }, NOW);
    const txId = transactions[0]?.id ?? "";
    const notFound = { status: 404, message: "Account was not found" };
    expect(await failure(getAccount(bob.id, account.id))).toEqual(notFound);
    expect(await failure(updateManualAccount(bob.id, account.id, { name: "Mine" }))).toEqual(notFound);
    expect(await failure(deleteManualAccount(bob.id, account.id))).toEqual(notFound);
    expect(await failure(createManualTransaction(bob.id, { kind: "expense", accountId: account.id, amount: "1.00", date: "2026-11-20", description: "x" }, NOW))).toEqual(notFound);
    expect(await failure(createManualTransaction(bob.id, { kind: "transfer", accountId: bobAccount.id, toAccountId: account.id, amount: "1.00", date: "2026-11-20", description: "x" }, NOW))).toEqual(notFound);
    expect(await failure(updateManualTransaction(bob.id, txId, { description: "hacked" }, NOW))).toEqual({ status: 404, message: "Transaction was not found" });
    expect(await failure(removeManualTransactions(bob.id, { ids: [txId] }, NOW))).toEqual({ status: 404, message: "Transaction was not found" });
    const still = await getAccount(alice.id, account.id);
    expect([still.name, still.currentBalance]).toEqual(["Alice cash", 900]);
    expect(await failure(getAccount(bob.id, account.id)).then((f) => f.status)).toBe(404);
    expect(new AppError("not_found", "x").status).toBe(404);
  });
});
