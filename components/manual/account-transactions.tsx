"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import { sendJson } from "./send-json";

export interface TransactionRow {
  id: string;
  date: string;
  description: string;
  amount: number;
  currency: string;
  source: string;
  categoryName: string | null;
  transferNote: string | null;
  /** Pre-rendered ConvertedAmount (server-side), so the rate tooltip needs no client code. */
  converted: ReactNode;
}

/** The account's transactions with bulk delete and an undo that restores exactly what was removed. */
export function AccountTransactions({ rows, locale, homeCurrency }: { rows: TransactionRow[]; locale: string; homeCurrency: string }) {
  const t = useTranslations("manual");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deletable = rows.filter((row) => row.source === "manual" || row.source === "scheduled");

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function run(url: string, ids: string[], after: (ids: string[]) => void) {
    setBusy(true);
    setError(null);
    const result = await sendJson<{ ids: string[] }>(url, { ids });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    after(result.data.ids);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" disabled={busy || selected.size === 0} onClick={() => run("/api/manual-transactions/remove", [...selected], (ids) => { setUndo(ids); setSelected(new Set()); })}>
          {t("deleteSelected", { count: selected.size })}
        </Button>
        {undo ? (
          <p role="status" className="flex items-center gap-2 text-sm">
            {t("deleted", { count: undo.length })}
            <Button variant="ghost" disabled={busy} onClick={() => run("/api/manual-transactions/restore", undo, () => setUndo(null))}>{t("undo")}</Button>
          </p>
        ) : null}
      </div>
      <FormError message={error} />
      {/* The undo bar above stays even when the last row was deleted. */}
      {rows.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("noTransactions")}</p> : (
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-slate-600 dark:text-slate-400">
            <th className="w-8 py-2"><span className="sr-only">{t("select")}</span></th>
            <th className="py-2">{t("date")}</th>
            <th className="py-2">{t("description")}</th>
            <th className="py-2 text-right">{t("amount")}</th>
            <th className="py-2 text-right">{t("inCurrency", { currency: homeCurrency })}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id} data-testid="transaction-row">
              <td className="py-2">
                {deletable.includes(row) ? <input type="checkbox" aria-label={t("selectRow", { description: row.description, date: formatDate(row.date, locale) })} checked={selected.has(row.id)} onChange={() => toggle(row.id)} className="focus-visible:outline-2 focus-visible:outline-brand-500" /> : null}
              </td>
              <td className="py-2 tabular-nums">{formatDate(row.date, locale)}</td>
              <td className="py-2">
                {row.description}
                {row.transferNote ? <span className="block text-xs text-slate-600 dark:text-slate-400">{row.transferNote}</span> : null}
                {row.categoryName ? <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{row.categoryName}</span> : null}
                {row.source === "scheduled" ? <span className="ml-2 rounded bg-slate-100 px-1 text-xs dark:bg-slate-800">{t("scheduled")}</span> : null}
              </td>
              <td className="py-2 text-right tabular-nums">{formatMoney({ amount: row.amount, currency: row.currency }, locale)}</td>
              <td className="py-2 text-right">{row.converted}</td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </div>
  );
}
