"use client";

import { useState } from "react";
import { CategoryOptions } from "@/components/transactions/category-options";
import { Button } from "@/components/ui/button";
import type { CategoryView } from "@/lib/categories/list-categories";

async function readError(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? "Something went wrong; try again.";
}

/** Re-categorize or exclude the selected rows; each row gets its own revertible correction. */
export function BulkActionBar({ selected, categories, onDone, onError }: { selected: string[]; categories: CategoryView[]; onDone: () => void; onError: (message: string) => void }) {
  const [categoryId, setCategoryId] = useState("");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (selected.length === 0) return status ? <p role="status" className="text-sm text-slate-600 dark:text-slate-400">{status}</p> : null;

  async function run(body: Record<string, unknown>, done: (n: number) => string) {
    setBusy(true);
    const response = await fetch("/api/transactions/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, transactionIds: selected }) });
    setBusy(false);
    if (!response.ok) return onError(await readError(response));
    const { changed } = (await response.json()) as { changed: number };
    setStatus(done(changed));
    onDone();
  }

  return (
    <section aria-label="Bulk actions" className="flex flex-wrap items-end gap-3 rounded-2xl border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="font-medium">{selected.length} selected</p>
      <label className="space-y-1">
        <span className="block text-xs text-slate-600 dark:text-slate-300">Category for selected</span>
        <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)} className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900">
          <option value="">Choose…</option>
          <CategoryOptions categories={categories} />
        </select>
      </label>
      <Button disabled={busy || !categoryId} onClick={() => void run({ action: "categorize", categoryId }, (n) => `Re-categorized ${n} ${n === 1 ? "transaction" : "transactions"}.`)}>Re-categorize selected</Button>
      <Button variant="secondary" disabled={busy} onClick={() => void run({ action: "exclude", excluded: true }, (n) => `Excluded ${n} ${n === 1 ? "transaction" : "transactions"} from budgets.`)}>Exclude selected</Button>
    </section>
  );
}
