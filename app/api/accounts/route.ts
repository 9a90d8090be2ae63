import { NextResponse } from "next/server";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ accounts: await listAccounts(user.id) });
});
