import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";
import { createCategory } from "@/lib/categories/save-category";
import { readJson, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => {
  const user = await requireUser();
  return NextResponse.json({ categories: await listCategories(user.id) });
});

export const POST = routeHandler(async (request, { requestId }) => {
  const user = await requireUser();
  const category = await createCategory(user.id, (await readJson(request)), { requestId });
  return NextResponse.json({ category }, { status: 201 });
});
