import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { applyCorrection } from "@/lib/corrections/apply-correction";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

/** Body: { field, …value } (lib/corrections/correction-input.ts). */
export const POST = routeHandler<{ transactionId: string }>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.transactionId, "Transaction");
  return NextResponse.json({ correction: await applyCorrection(user.id, id, await readJson(request), { requestId }) }, { status: 201 });
});
