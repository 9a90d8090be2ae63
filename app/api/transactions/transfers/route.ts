import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { findTransfers } from "@/lib/reconcile/find-transfers";

/** "Find transfers": links debit/credit pairs between the user's own accounts. */
export const POST = routeHandler(async (_request, { requestId }) => {
  const user = await requireUser();
  return NextResponse.json(await findTransfers(user.id, { requestId }));
});
