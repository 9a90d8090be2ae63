import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { getAccount, type AccountSummary } from "./list-accounts";
import { CreateManualAccountInput } from "./account-input";
import { parseAmountField } from "./parse-amount-field";

/** A manual account starts with its opening balance as its balance: it has no transactions yet. */
export async function createManualAccount(userId: string, input: unknown): Promise<AccountSummary> {
  const parsed = CreateManualAccountInput.parse(input);
  const openingBalance = parseAmountField(parsed.openingBalance, parsed.currency, "openingBalance");
  const id = await prisma().$transaction(async (tx) => {
    const account = await tx.account.create({
      data: {
        userId, source: "manual", type: parsed.type, name: parsed.name, currency: parsed.currency,
        openingBalance: BigInt(openingBalance), currentBalance: BigInt(openingBalance), balanceUpdatedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "account.created", entityType: "Account", entityId: account.id,
      after: { name: parsed.name, type: parsed.type, currency: parsed.currency, openingBalance },
    });
    return account.id;
  });
  return getAccount(userId, id);
}
