import { listTransactions, type TransactionPage } from "@/lib/transactions/list-transactions";
import { parseTransactionFilters, type TransactionFilters } from "@/lib/transactions/transaction-filters";

/** The list as the page and `GET /api/transactions` ask for it: URL parameters in, a page with totals out. */
export async function searchTransactions(userId: string, params: URLSearchParams | Record<string, string | string[] | undefined>): Promise<TransactionPage & { filters: TransactionFilters }> {
  const filters = parseTransactionFilters(params);
  const { limit, ...rest } = filters;
  const page = await listTransactions(userId, { ...rest, limit: limit ?? 100, totals: true });
  return { ...page, filters };
}
