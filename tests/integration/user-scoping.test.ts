import { describe, expect, it } from "vitest";
import { getAccount, listAccounts } from "@/lib/accounts/list-accounts";
import { AppError } from "@/lib/errors";
import { listRecentTransactions } from "@/lib/transactions/list-recent-transactions";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

describe("a second user", () => {
  it("can neither list nor fetch the first user's accounts and transactions", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const aliceAccount = await createManualAccount(alice.id, "Alice Checking");
    await createTransaction(alice.id, aliceAccount, -4200, "ALICE ONLY COFFEE");
    const bobAccount = await createManualAccount(bob.id, "Bob Savings");

    expect((await listAccounts(bob.id)).map((a) => a.id)).toEqual([bobAccount]);
    expect(await listRecentTransactions(bob.id)).toEqual([]);
    const error = await getAccount(bob.id, aliceAccount).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
    expect((error as AppError).message).toBe("Account was not found");

    expect((await listAccounts(alice.id)).map((a) => a.name)).toEqual(["Alice Checking"]);
    expect((await listRecentTransactions(alice.id)).map((t) => [t.description, t.amount])).toEqual([["ALICE ONLY COFFEE", -4200]]);
  });
});
