import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { applyCategoryToSimilar, previewSimilarTransactions } from "@/lib/categorize/corrections/apply-category-to-similar";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

type Params = { transactionId: string };

/** How many of the merchant's other transactions would change, before anything does. */
export const GET = routeHandler<Params>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ preview: await previewSimilarTransactions(user.id, parseIdParam(params.transactionId, "Transaction")) });
});

/** Body: { expectedCount? } — the count the user confirmed. */
export const POST = routeHandler<Params>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.transactionId, "Transaction");
  return NextResponse.json(await applyCategoryToSimilar(user.id, id, await readJson(request), { requestId }));
});
