import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { undoTransactionMerge } from "@/lib/transactions/undo-transaction-merge";

export const POST = routeHandler<{ transactionId: string; mergeId: string }>(async (_request, { params, requestId }) => {
  const user = await requireUser();
  const transactionId = parseIdParam(params.transactionId, "Transaction");
  await undoTransactionMerge(user.id, transactionId, parseIdParam(params.mergeId, "Merge"), { requestId });
  return NextResponse.json({ ok: true });
});
