import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { getTransactionDetail } from "@/lib/transactions/get-transaction-detail";
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
    accountId: Uuid,
    accountName: z.string(),
    categoryId: Uuid.nullable(),
    categoryName: z.string().nullable(),
    categorySource: z.enum(["user", "rule", "learned", "builtin", "provider", "default"]),
    categoryConfidence: z.number().nullable(),
    explanation: z.string().meta({ description: "Why this category, in one sentence" }),
    isTransfer: z.boolean(),
    excluded: z.boolean(),
    split: z.boolean(),
    notes: z.string().nullable(),
  })
  .meta({ id: "Transaction" });

const Totals = z.object({
  count: z.number().int(),
  byCurrency: z.array(z.object({ currency: Currency, inflow: MinorUnits, outflow: MinorUnits, net: MinorUnits })),
});

const Effective = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string(), bankValue: value.optional() });

/** The detail is large and its lineage payloads are whatever the bank sent: described loosely on purpose. */
const TransactionDetailSchema = z
  .object({
    id: Uuid,
    accountId: Uuid,
    currency: Currency,
    description: z.string(),
    amount: Effective(MinorUnits),
    date: Effective(CalendarDate),
    merchantName: Effective(z.string().nullable()),
    lineage: z.object({ providerRecords: z.array(z.unknown()), merges: z.array(z.unknown()), events: z.array(z.unknown()), corrections: z.array(z.unknown()) }),
  })
  .passthrough()
  .meta({ id: "TransactionDetail" });

export const transactionsResource: ApiResource = {
  name: "Transactions",
  description: "The ledger across all accounts with filters, sorting and a keyset cursor; each transaction's effective values and lineage.",
  operations: [
    defineOperation({
      id: "listTransactions",
      method: "GET",
      path: "/transactions",
      summary: "List transactions",
      description: "Filters: accountId, categoryId (or none), from, to, minAmount, maxAmount (signed minor units), status (pending|posted), anomaly, q; sort; limit; cursor (a previous page's nextCursor).",
      scope: "read",
      query: TransactionFiltersSchema,
      response: z.object({ transactions: z.array(TransactionSchema), nextCursor: z.string().nullable(), totals: Totals }),
      handler: async ({ caller, query }) => {
        const { limit, ...filters } = query;
        const page = await listTransactions(caller.userId, { ...filters, limit: limit ?? 100, totals: true });
        return { transactions: page.items, nextCursor: page.nextCursor, totals: page.totals ?? { count: 0, byCurrency: [] } };
      },
    }),
    defineOperation({
      id: "getTransaction",
      method: "GET",
      path: "/transactions/{transactionId}",
      summary: "A transaction's effective values and lineage",
      scope: "read",
      pathParams: { transactionId: "Transaction" },
      response: z.object({ transaction: TransactionDetailSchema }),
      handler: async ({ caller, params }) => ({ transaction: { ...(await getTransactionDetail(caller.userId, params.transactionId ?? "")) } }),
    }),
  ],
};
