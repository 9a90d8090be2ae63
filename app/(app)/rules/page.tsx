import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RulesManager } from "@/components/rules/rules-manager";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";
import { listRules } from "@/lib/categorize/rules/list-rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rules"))("title") };
}

export default async function RulesPage() {
  const t = await getTranslations("rules");
  const user = await requirePageUser();
  const [rules, categories] = await Promise.all([listRules(user.id), listCategories(user.id)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("intro")}
        </p>
      </div>
      <RulesManager rules={rules} categories={categories} />
    </div>
  );
}
