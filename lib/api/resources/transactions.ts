import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { listTransactions } from "@/lib/transactions/list-transactions";
import { TransactionFiltersSchema } from "@/lib/transactions/transaction-filters";

export const TransactionSchema = z
  .object({
    id: Uuid,
    date: CalendarDate,
    description: z.string(),
    merchantName: z.string().nullable(),
    amount: MinorUnits.meta({ description: "Signed minor units: negative is money leaving the account" }),
    currency: Currency,
    pending: z.boolean(),
    accountName: z.string(),
    categoryId: Uuid.nullable(),
    categoryName: z.string().nullable(),
    categorySource: z.enum(["user", "rule", "learned", "builtin", "provider", "default"]),
    categoryConfidence: z.number().nullable(),
    explanation: z.string().meta({ description: "Why this category, in one sentence" }),
  })
  .meta({ id: "Transaction" });

export const transactionsResource: ApiResource = {
  name: "Transactions",
  description: "The ledger across all accounts with filters and sorting, paged with a cursor.",
  operations: [
    defineOperation({
      id: "listTransactions",
      method: "GET",
      path: "/transactions",
      summary: "List transactions",
      scope: "read",
      // The same filter schema as the transactions page, so the URL and the API accept the same parameters.
      query: TransactionFiltersSchema,
      response: z.object({ transactions: z.array(TransactionSchema), nextCursor: z.string().nullable() }),
      handler: async ({ caller, query }) => {
        const page = await listTransactions(caller.userId, { ...query, limit: query.limit ?? 100 });
        return { transactions: page.items, nextCursor: page.nextCursor };
      },
    }),
  ],
};
