import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { restoreManualTransactions } from "@/lib/manual-transactions/remove-manual-transactions";

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json(await restoreManualTransactions(user.id, await readJson(request)));
});
