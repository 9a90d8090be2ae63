import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { ReconciliationView } from "@/lib/reconcile/reconcile-account";

export function ReconciliationResult({ view, locale }: { view: ReconciliationView; locale: string }) {
  const money = (amount: number) => formatMoney({ amount, currency: view.currency }, locale);
  return (
    <article data-testid="reconciliation" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="font-medium">Statement of {view.statementDate}: {money(view.statementBalance)} · Fathom's ledger: {money(view.ledgerBalance)}</p>
      <p data-testid="reconciliation-difference" className={view.difference === 0 ? "text-emerald-700 dark:text-emerald-400" : "text-amber-800 dark:text-amber-300"}>
        {view.difference === 0 ? "Balanced: the statement and Fathom agree." : `Difference: ${money(view.difference)}`}
      </p>
      {view.explaining.length ? (
        <>
          <p className="text-slate-600 dark:text-slate-400">Transactions that may explain it:</p>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {view.explaining.map((t) => (
              <li key={t.id} className="flex flex-wrap justify-between gap-2 py-1.5" data-testid="explaining-transaction">
                <span><Link href={`/transactions/${t.id}`} className="font-medium hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">{t.description}</Link> · {t.date} · {t.reason}</span>
                <span className="tabular-nums">{money(t.amount)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : view.difference !== 0 ? <p className="text-slate-600 dark:text-slate-400">No single transaction explains it: check for a missing entry or a wrong opening balance.</p> : null}
    </article>
  );
}
