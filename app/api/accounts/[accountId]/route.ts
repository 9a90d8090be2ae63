import { NextResponse } from "next/server";
import { getAccount } from "@/lib/accounts/list-accounts";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

export const GET = routeHandler<{ accountId: string }>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ account: await getAccount(user.id, parseIdParam(params.accountId, "Account")) });
});
