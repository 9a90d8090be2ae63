"use client";

import { useState } from "react";
import { CategoryOptions } from "@/components/transactions/category-options";
import { Button } from "@/components/ui/button";
import type { CategoryView } from "@/lib/categories/list-categories";
import { useTranslations } from "next-intl";

async function readError(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

/** Re-categorize or exclude the selected rows; each row gets its own revertible correction. */
export function BulkActionBar({ selected, categories, onDone, onError }: { selected: string[]; categories: CategoryView[]; onDone: () => void; onError: (message: string) => void }) {
  const t = useTranslations("transactions");
  const [categoryId, setCategoryId] = useState("");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (selected.length === 0) return status ? <p role="status" className="text-sm text-slate-600 dark:text-slate-400">{status}</p> : null;

  async function run(body: Record<string, unknown>, done: (n: number) => string) {
    setBusy(true);
    const response = await fetch("/api/transactions/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, transactionIds: selected }) });
    setBusy(false);
    if (!response.ok) return onError(await readError(response, t("genericError")));
    const { changed } = (await response.json()) as { changed: number };
    setStatus(done(changed));
    onDone();
  }

  return (
    <section aria-label={t("bulkActions")} className="flex flex-wrap items-end gap-3 rounded-2xl border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="font-medium">{t("selectedCount", { count: selected.length })}</p>
      <label className="space-y-1">
        <span className="block text-xs text-slate-600 dark:text-slate-300">{t("categoryForSelected")}</span>
        <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)} className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900">
          <option value="">{t("choose")}</option>
          <CategoryOptions categories={categories} />
        </select>
      </label>
      <Button disabled={busy || !categoryId} onClick={() => void run({ action: "categorize", categoryId }, (n) => t("recategorized", { count: n }))}>{t("recategorizeSelected")}</Button>
      <Button variant="secondary" disabled={busy} onClick={() => void run({ action: "exclude", excluded: true }, (n) => t("excludedCount", { count: n }))}>{t("excludeSelected")}</Button>
    </section>
  );
}
