import { z } from "zod";
import { getAccount, listAccounts } from "@/lib/accounts/list-accounts";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";

export const AccountSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    type: z.string(),
    source: z.enum(["linked", "manual"]),
    currency: Currency,
    currentBalance: MinorUnits.nullable().meta({ description: "Minor units; null until the bank reports a balance" }),
    mask: z.string().nullable(),
    institutionName: z.string().nullable(),
  })
  .meta({ id: "Account" });

export const accountsResource: ApiResource = {
  name: "Accounts",
  description: "Linked and manual accounts with their balances.",
  operations: [
    defineOperation({
      id: "listAccounts",
      method: "GET",
      path: "/accounts",
      summary: "List accounts",
      scope: "read",
      response: z.object({ accounts: z.array(AccountSchema) }),
      handler: async ({ caller }) => ({ accounts: await listAccounts(caller.userId) }),
    }),
    defineOperation({
      id: "getAccount",
      method: "GET",
      path: "/accounts/{accountId}",
      summary: "Get one account",
      scope: "read",
      pathParams: { accountId: "Account" },
      response: z.object({ account: AccountSchema }),
      handler: async ({ caller, params }) => ({ account: await getAccount(caller.userId, params.accountId ?? "") }),
    }),
  ],
};
