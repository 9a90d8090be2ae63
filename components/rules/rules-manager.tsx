"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { RuleEditor } from "@/components/rules/rule-editor";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { CategoryView } from "@/lib/categories/list-categories";
import type { RuleView } from "@/lib/categorize/rules/list-rules";
import { describeRule } from "@/components/rules/describe-rule";
import { useTranslations } from "next-intl";

async function send(url: string, method: string, fallback: string, body?: unknown): Promise<string | null> {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.ok) return null;
  const parsed = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return parsed?.error?.message ?? fallback;
}

export function RulesManager({ rules, categories }: { rules: RuleView[]; categories: CategoryView[] }) {
  const t = useTranslations("rules");
  const ruleText = useTranslations("ruleText");
  const tc = useTranslations("common");
  const router = useRouter();
  const [editing, setEditing] = useState<RuleView | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(url: string, method: string, body?: unknown) {
    setError(null);
    const message = await send(url, method, t("genericError"), body);
    if (message) setError(message);
    router.refresh();
  }

  function move(index: number, offset: number) {
    const order = rules.map((rule) => rule.id);
    const [moved] = order.splice(index, 1);
    if (moved === undefined) return;
    order.splice(index + offset, 0, moved);
    void run("/api/rules/order", "PUT", { ruleIds: order });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("yours")}>
        <FormError message={error} />
        {rules.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
        ) : (
          <ol className="space-y-3">
            {rules.map((rule, index) => (
              <li key={rule.id} className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
                <div className="flex items-start justify-between gap-2">
                  <div>
                    <p className="font-medium">{rule.name}{rule.enabled ? null : <span className="ml-2 text-xs text-slate-500">{t("off")}</span>}</p>
                    <p className="text-xs text-slate-600 dark:text-slate-400">{describeRule(rule, categories, ruleText)}</p>
                  </div>
                  <label className="flex items-center gap-1 text-xs">
                    <input type="checkbox" checked={rule.enabled} onChange={(event) => void run(`/api/rules/${rule.id}`, "PATCH", { enabled: event.target.checked })} />
                    {t("enabled")}
                  </label>
                </div>
                <div className="mt-2 flex flex-wrap gap-1">
                  <Button variant="ghost" className="px-2 py-1" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("moveUp", { name: rule.name })}>↑</Button>
                  <Button variant="ghost" className="px-2 py-1" disabled={index === rules.length - 1} onClick={() => move(index, 1)} aria-label={t("moveDown", { name: rule.name })}>↓</Button>
                  <Button variant="secondary" className="px-2 py-1" onClick={() => setEditing(rule)}>{tc("edit")}</Button>
                  <Button variant="ghost" className="px-2 py-1" onClick={() => { if (window.confirm(t("deleteConfirm", { name: rule.name }))) void run(`/api/rules/${rule.id}`, "DELETE"); }}>{tc("delete")}</Button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title={editing ? t("editTitle", { name: editing.name }) : t("newRule")}>
        <RuleEditor key={editing?.id ?? "new"} rule={editing} categories={categories} onSaved={() => { setEditing(null); router.refresh(); }} onCancel={editing ? () => setEditing(null) : undefined} />
      </Card>
    </div>
  );
}
