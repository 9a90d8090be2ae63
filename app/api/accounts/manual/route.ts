import { NextResponse } from "next/server";
import { createManualAccount } from "@/lib/accounts/create-manual-account";
import { requireUser } from "@/lib/auth/current-user";
import { readJson, routeHandler } from "@/lib/http/route-handler";

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  const account = await createManualAccount(user.id, await readJson(request));
  return NextResponse.json({ account }, { status: 201 });
});
