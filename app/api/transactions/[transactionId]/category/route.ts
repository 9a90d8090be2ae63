import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { correctTransactionCategory } from "@/lib/categorize/corrections/correct-transaction-category";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

/** Body: { categoryId } — the user's own choice; answers with how many similar transactions could follow. */
export const PUT = routeHandler<{ transactionId: string }>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.transactionId, "Transaction");
  return NextResponse.json({ correction: await correctTransactionCategory(user.id, id, await readJson(request), { requestId }) });
});
