"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CategoryOptions } from "@/components/transactions/category-options";
import { BulkActionBar } from "@/components/transactions/bulk-action-bar";
import { SimilarPrompt, type SimilarOffer } from "@/components/transactions/similar-prompt";
import { FormError } from "@/components/ui/form-error";
import type { CategoryView } from "@/lib/categories/list-categories";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import type { TransactionListItem } from "@/lib/transactions/list-transactions";
import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";

async function readError(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

export function TransactionsTable({ transactions, categories, locale }: { transactions: TransactionListItem[]; categories: CategoryView[]; locale: string }) {
  const t = useTranslations("transactions");
  const tc = useTranslations("common");
  const explainText = useExplain();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [offer, setOffer] = useState<SimilarOffer | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function changeCategory(transaction: TransactionListItem, categoryId: string) {
    setError(null);
    setOffer(null);
    setBusyId(transaction.id);
    try {
      const response = await fetch(`/api/transactions/${transaction.id}/category`, {
        method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ categoryId }),
      });
      if (!response.ok) return setError(await readError(response, t("genericError")));
      const { correction } = (await response.json()) as { correction: { categoryName: string; similar: { merchant: string; count: number } } };
      const category = categories.find((c) => c.id === categoryId);
      setOffer({
        transactionId: transaction.id, merchant: correction.similar.merchant, count: correction.similar.count,
        categoryName: correction.categoryName, categoryKey: category?.key ?? "",
      });
      router.refresh();
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="space-y-4">
      <FormError message={error} />
      <BulkActionBar selected={[...selected]} categories={categories} onDone={() => { setSelected(new Set()); router.refresh(); }} onError={setError} />
      {offer ? <SimilarPrompt key={offer.transactionId} offer={offer} onChanged={() => router.refresh()} onDismiss={() => setOffer(null)} onError={setError} /> : null}
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-sm">
          <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-800">
            <tr>
              <th scope="col" className="w-8 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t("selectAll")}
                  checked={transactions.length > 0 && selected.size === transactions.length}
                  onChange={(event) => setSelected(event.target.checked ? new Set(transactions.map((row) => row.id)) : new Set())}
                  className="h-4 w-4 rounded focus-visible:outline-2 focus-visible:outline-brand-500"
                />
              </th>
              <th scope="col" className="px-4 py-2">{tc("date")}</th>
              <th scope="col" className="px-4 py-2">{tc("description")}</th>
              <th scope="col" className="px-4 py-2">{tc("category")}</th>
              <th scope="col" className="px-4 py-2 text-right">{tc("amount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {transactions.map((tx) => (
              <tr key={tx.id} data-testid="transaction-row" data-transaction-id={tx.id}>
                <td className="px-3 py-2 align-top">
                  <input
                    type="checkbox"
                    aria-label={t("select", { description: tx.description })}
                    checked={selected.has(tx.id)}
                    onChange={() => toggle(tx.id)}
                    className="h-4 w-4 rounded focus-visible:outline-2 focus-visible:outline-brand-500"
                  />
                </td>
                <td className="whitespace-nowrap px-4 py-2 align-top text-slate-600 dark:text-slate-400">{formatDate(tx.date, locale)}</td>
                <td className="px-4 py-2 align-top">
                  <Link href={`/transactions/${tx.id}`} className="font-medium hover:underline focus-visible:outline-2 focus-visible:outline-brand-500" aria-label={t("detailsOf", { description: tx.merchantName ?? tx.description })}>{tx.merchantName ?? tx.description}</Link>
                  <div className="text-xs text-slate-500">{tx.description} · {tx.accountName}{tx.pending ? ` · ${tc("pending")}` : ""}</div>
                  <div className="mt-1 flex flex-wrap gap-1 text-xs">
                    {tx.isTransfer ? <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-800 dark:bg-sky-950 dark:text-sky-200">{t("transfer")}</span> : null}
                    {tx.excluded ? <span className="rounded bg-slate-200 px-1.5 py-0.5 text-slate-700 dark:bg-slate-700 dark:text-slate-100">{t("excluded")}</span> : null}
                    {tx.split ? <span className="rounded bg-violet-100 px-1.5 py-0.5 text-violet-800 dark:bg-violet-950 dark:text-violet-200">{t("split")}</span> : null}
                    {tx.anomalies.map((flag) => <span key={flag.anomalyId} title={explainText(flag.explanationMessage, flag.explanation)} className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-200">{explainText({ key: `anomalyKind.${flag.kind}` }, flag.label)}</span>)}
                  </div>
                </td>
                <td className="px-4 py-2 align-top">
                  <div className="flex items-center gap-2">
                    <select
                      aria-label={t("categoryFor", { description: tx.description })}
                      value={tx.categoryId ?? ""}
                      disabled={busyId === tx.id}
                      onChange={(event) => void changeCategory(tx, event.target.value)}
                      className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900"
                    >
                      {tx.categoryId ? null : <option value="">{tc("uncategorized")}</option>}
                      <CategoryOptions categories={categories} />
                    </select>
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t(`source.${tx.categorySource}`)}</span>
                  </div>
                  <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    <summary className="cursor-pointer rounded text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-500">{t("whyCategory")}</summary>
                    <p className="mt-1 max-w-sm" data-testid="category-explanation">{explainText(tx.explanationMessage, tx.explanation)}</p>
                  </details>
                </td>
                <td className={`whitespace-nowrap px-4 py-2 text-right align-top tabular-nums ${tx.amount < 0 ? "" : "text-emerald-700 dark:text-emerald-400"}`}>
                  {formatMoney({ amount: tx.amount, currency: tx.currency }, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
