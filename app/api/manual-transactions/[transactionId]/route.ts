import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";
import { updateManualTransaction } from "@/lib/manual-transactions/update-manual-transaction";

export const PATCH = routeHandler<{ transactionId: string }>(async (request, { params }) => {
  const user = await requireUser();
  const transactions = await updateManualTransaction(user.id, parseIdParam(params.transactionId, "Transaction"), await readJson(request));
  return NextResponse.json({ transactions });
});
