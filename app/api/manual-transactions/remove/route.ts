import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { removeManualTransactions } from "@/lib/manual-transactions/remove-manual-transactions";

/** Bulk delete; the answer's ids are the undo token for POST /api/manual-transactions/restore. */
export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  return NextResponse.json(await removeManualTransactions(user.id, await readJson(request)));
});
