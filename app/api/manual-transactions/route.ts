import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { createManualTransaction } from "@/lib/manual-transactions/create-manual-transaction";

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json(await createManualTransaction(user.id, await readJson(request)), { status: 201 });
});
