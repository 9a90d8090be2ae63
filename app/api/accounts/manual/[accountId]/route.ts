import { NextResponse } from "next/server";
import { deleteManualAccount } from "@/lib/accounts/delete-manual-account";
import { updateManualAccount } from "@/lib/accounts/update-manual-account";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const PATCH = routeHandler<{ accountId: string }>(async (request, { params }) => {
  const user = await requireUser();
  const account = await updateManualAccount(user.id, parseIdParam(params.accountId, "Account"), await readJson(request));
  return NextResponse.json({ account });
});

export const DELETE = routeHandler<{ accountId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  await deleteManualAccount(user.id, parseIdParam(params.accountId, "Account"));
  return new NextResponse(null, { status: 204 });
});
