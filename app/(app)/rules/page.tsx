import type { Metadata } from "next";
import { RulesManager } from "@/components/rules/rules-manager";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";
import { listRules } from "@/lib/categorize/rules/list-rules";

export const metadata: Metadata = { title: "Rules" };

export default async function RulesPage() {
  const user = await requirePageUser();
  const [rules, categories] = await Promise.all([listRules(user.id), listCategories(user.id)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Rules</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Rules run top to bottom; the first rule that sets a category wins. Categories you chose yourself are never changed.
        </p>
      </div>
      <RulesManager rules={rules} categories={categories} />
    </div>
  );
}
