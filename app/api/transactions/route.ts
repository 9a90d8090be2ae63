import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { searchTransactions } from "@/lib/transactions/search-transactions";

/**
 * Filters, sort and cursor as query parameters (lib/transactions/transaction-filters.ts); a bad one is a 422 naming it.
 * Totals of the filtered set come with the first page; pages fetched with a cursor answer `totals: null`.
 */
export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  const { items, nextCursor, totals } = await searchTransactions(user.id, request.nextUrl.searchParams, { totals: "first_page" });
  return NextResponse.json({ transactions: items, nextCursor, totals });
});
