import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { minorFromBigInt } from "@/lib/money";
import { UpdateManualAccountInput } from "./account-input";
import { getAccount, type AccountSummary } from "./list-accounts";
import { lockOwnedAccounts } from "./lock-owned-accounts";
import { parseAmountField } from "./parse-amount-field";
import { recomputeAccountBalance } from "./recompute-account-balance";

/** Renames, retypes, changes the opening balance (the balance follows) or archives/unarchives. */
export async function updateManualAccount(userId: string, accountId: string, input: unknown): Promise<AccountSummary> {
  const parsed = UpdateManualAccountInput.parse(input);
  await prisma().$transaction(async (tx) => {
    const locked = (await lockOwnedAccounts(tx, userId, [accountId])).get(accountId);
    if (locked?.source !== "manual") throw new AppError("conflict", "A linked account is kept up to date by its bank; only manual accounts can be edited here", { text: { key: "errors.linkedAccountEdit" } });
    const before = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { name: true, type: true, openingBalance: true, archivedAt: true } });
    const openingBalance = parsed.openingBalance === undefined ? undefined : parseAmountField(parsed.openingBalance, locked.currency, "openingBalance");
    await tx.account.update({
      where: { id: accountId },
      data: {
        name: parsed.name,
        type: parsed.type,
        openingBalance: openingBalance === undefined ? undefined : BigInt(openingBalance),
        archivedAt: parsed.archived === undefined ? undefined : parsed.archived ? (before.archivedAt ?? new Date()) : null,
      },
    });
    if (openingBalance !== undefined) await recomputeAccountBalance(tx, accountId);
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: parsed.archived === true ? "account.archived" : "account.updated", entityType: "Account", entityId: accountId,
      before: { name: before.name, type: before.type, openingBalance: minorFromBigInt(before.openingBalance), archived: before.archivedAt !== null },
      after: { ...parsed, ...(openingBalance === undefined ? {} : { openingBalance }) },
    });
  });
  return getAccount(userId, accountId);
}
