import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { deleteCategory } from "@/lib/categories/delete-category";
import { getCategory } from "@/lib/categories/list-categories";
import { updateCategory } from "@/lib/categories/save-category";
import { readJson, routeHandler } from "@/lib/http/route-handler";
import { parseIdParam } from "@/lib/http/uuid-param";

type Params = { categoryId: string };

export const GET = routeHandler<Params>(async (_request, { params }) => {
  const user = await requireUser();
  return NextResponse.json({ category: await getCategory(user.id, parseIdParam(params.categoryId, "Category")) });
});

export const PATCH = routeHandler<Params>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.categoryId, "Category");
  return NextResponse.json({ category: await updateCategory(user.id, id, (await readJson(request)), { requestId }) });
});

/** Body: { reassignToId } — where the category's transactions go. */
export const DELETE = routeHandler<Params>(async (request, { params, requestId }) => {
  const user = await requireUser();
  const id = parseIdParam(params.categoryId, "Category");
  return NextResponse.json(await deleteCategory(user.id, id, (await readJson(request)), { requestId }));
});
