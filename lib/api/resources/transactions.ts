import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { listTransactions } from "@/lib/transactions/list-transactions";

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

/** "<date>_<id>" of the last row of the previous page: opaque to clients, readable when debugging. */
const Cursor = z
  .string()
  .max(100, "must be at most 100 characters")
  .regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/i, "must be the nextCursor of a previous page");

export const ListTransactionsQuery = z.object({
  limit: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(500, "must be at most 500").default(100),
  cursor: Cursor.optional(),
});

export const transactionsResource: ApiResource = {
  name: "Transactions",
  description: "The ledger across all accounts, newest first, paged with a cursor. More filters arrive with lib/transactions/list-transactions.ts.",
  operations: [
    defineOperation({
      id: "listTransactions",
      method: "GET",
      path: "/transactions",
      summary: "List transactions",
      scope: "read",
      query: ListTransactionsQuery,
      response: z.object({ transactions: z.array(TransactionSchema), nextCursor: z.string().nullable() }),
      handler: async ({ caller, query }) => {
        const [date, id] = query.cursor ? [query.cursor.slice(0, 10), query.cursor.slice(11)] : [];
        const page = await listTransactions(caller.userId, { limit: query.limit, after: date && id ? { date, id } : undefined });
        return { transactions: page.items, nextCursor: page.next ? `${page.next.date}_${page.next.id}` : null };
      },
    }),
  ],
};
