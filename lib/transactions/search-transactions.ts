import { listTransactions, type TransactionPage } from "@/lib/transactions/list-transactions";
import { parseTransactionFilters, type TransactionFilters } from "@/lib/transactions/transaction-filters";

/**
 * The list as the page and `GET /api/transactions` ask for it: URL parameters in, a page with totals out.
 * `totals: "first_page"` leaves them off pages after the first (a cursor is given): they are the same for
 * every page, and for a big unfiltered set summing it again on each page is most of the request's work.
 */
export async function searchTransactions(
  userId: string,
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  options: { totals?: "always" | "first_page" } = {},
): Promise<TransactionPage & { filters: TransactionFilters }> {
  const filters = parseTransactionFilters(params);
  const { limit, ...rest } = filters;
  const totals = options.totals === "first_page" ? filters.cursor === undefined : true;
  const page = await listTransactions(userId, { ...rest, limit: limit ?? 100, totals });
  return { ...page, filters };
}
