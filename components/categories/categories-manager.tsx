"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { CategoryOptions } from "@/components/transactions/category-options";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { CategoryView } from "@/lib/categories/list-categories";
import { useTranslations } from "next-intl";

const SELECT_CLASS = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";

async function send(url: string, method: string, body: unknown, fallback: string): Promise<string | null> {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (response.ok) return null;
  const parsed = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return parsed?.error?.message ?? fallback;
}

export function CategoriesManager({ categories }: { categories: CategoryView[] }) {
  const t = useTranslations("categories");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [parentId, setParentId] = useState("");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = categories.find((category) => category.id === selectedId) ?? null;
  const [rename, setRename] = useState("");
  const [moveTo, setMoveTo] = useState("");
  const [reassignTo, setReassignTo] = useState("");
  const depth = new Map<string, number>();
  for (const category of categories) depth.set(category.id, category.parentId ? (depth.get(category.parentId) ?? 0) + 1 : 0);

  async function run(url: string, method: string, body: unknown, after?: () => void) {
    setError(null);
    const message = await send(url, method, body, t("genericError"));
    if (message) return setError(message);
    after?.();
    router.refresh();
  }

  function choose(category: CategoryView) {
    setSelectedId(category.id);
    setRename(category.name);
    setMoveTo(category.parentId ?? "");
    setReassignTo("");
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title={t("yours")}>
        <ul className="space-y-1 text-sm">
          {categories.map((category) => (
            <li key={category.id} style={{ paddingLeft: `${(depth.get(category.id) ?? 0) * 1.25}rem` }}>
              <button type="button" onClick={() => choose(category)} aria-pressed={selectedId === category.id}
                className="rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 aria-pressed:bg-brand-50 dark:hover:bg-slate-800">
                {category.name} <span className="text-xs text-slate-500">({category.transactionCount})</span>
              </button>
            </li>
          ))}
        </ul>
      </Card>
      <div className="space-y-6">
        <FormError message={error} />
        <Card title={t("add")}>
          <form className="space-y-3" onSubmit={(event) => { event.preventDefault(); void run("/api/categories", "POST", { name, parentId: parentId || null }, () => setName("")); }}>
            <TextField label={t("name")} value={name} onChange={(event) => setName(event.target.value)} maxLength={60} />
            <label className="block text-sm font-medium" htmlFor="new-parent">{t("inside")}</label>
            <select id="new-parent" className={SELECT_CLASS} value={parentId} onChange={(event) => setParentId(event.target.value)}>
              <option value="">{t("topLevel")}</option>
              <CategoryOptions categories={categories} />
            </select>
            <Button type="submit">{t("addButton")}</Button>
          </form>
        </Card>
        {selected ? (
          <Card title={t("editTitle", { name: selected.name })}>
            <form className="space-y-3" onSubmit={(event) => { event.preventDefault(); void run(`/api/categories/${selected.id}`, "PATCH", { name: rename, parentId: moveTo || null }); }}>
              <TextField label={t("newName")} value={rename} onChange={(event) => setRename(event.target.value)} maxLength={60} />
              <label className="block text-sm font-medium" htmlFor="move-parent">{t("inside")}</label>
              <select id="move-parent" className={SELECT_CLASS} value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
                <option value="">{t("topLevel")}</option>
                <CategoryOptions categories={categories.filter((category) => category.id !== selected.id)} />
              </select>
              <Button type="submit">{t("saveChanges")}</Button>
            </form>
            <form className="mt-6 space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800"
              onSubmit={(event) => { event.preventDefault(); void run(`/api/categories/${selected.id}`, "DELETE", { reassignToId: reassignTo }, () => setSelectedId(null)); }}>
              <p className="text-sm">{t("deleteExplained", { name: selected.name, count: selected.transactionCount })}</p>
              <label className="block text-sm font-medium" htmlFor="reassign-to">{t("moveTransactionsTo")}</label>
              <select id="reassign-to" className={SELECT_CLASS} value={reassignTo} onChange={(event) => setReassignTo(event.target.value)}>
                <option value="">{t("chooseCategory")}</option>
                <CategoryOptions categories={categories.filter((category) => category.id !== selected.id)} />
              </select>
              <Button type="submit" variant="secondary">{t("deleteButton")}</Button>
            </form>
          </Card>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("chooseHint")}</p>
        )}
      </div>
    </div>
  );
}
