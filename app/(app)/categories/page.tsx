import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CategoriesManager } from "@/components/categories/categories-manager";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("categories"))("title") };
}

export default async function CategoriesPage() {
  const t = await getTranslations("categories");
  const user = await requirePageUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <CategoriesManager categories={await listCategories(user.id)} />
    </div>
  );
}
