import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { revertCorrection } from "@/lib/corrections/revert-correction";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const POST = routeHandler<{ correctionId: string }>(async (_request, { params, requestId }) => {
  const user = await requireUser();
  return NextResponse.json({ reverted: await revertCorrection(user.id, parseIdParam(params.correctionId, "Correction"), { requestId }) });
});
