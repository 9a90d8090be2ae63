import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { getTransactionDetail } from "@/lib/transactions/get-transaction-detail";

/** Effective values with their sources and the whole lineage. */
export const GET = routeHandler<{ transactionId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ transaction: await getTransactionDetail(user.id, parseIdParam(params.transactionId, "Transaction")) });
});
