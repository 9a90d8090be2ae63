import type { Metadata } from "next";
import { CategoriesManager } from "@/components/categories/categories-manager";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const user = await requirePageUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Categories</h1>
      <CategoriesManager categories={await listCategories(user.id)} />
    </div>
  );
}
