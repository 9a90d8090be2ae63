import Link from "next/link";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import type { ReconciliationView } from "@/lib/reconcile/reconcile-account";
import { useTranslations } from "next-intl";

export function ReconciliationResult({ view, locale }: { view: ReconciliationView; locale: string }) {
  const t = useTranslations("reconcile");
  const money = (amount: number) => formatMoney({ amount, currency: view.currency }, locale);
  return (
    <article data-testid="reconciliation" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="font-medium">{t("statementOf", { date: formatDate(view.statementDate, locale), statement: money(view.statementBalance), ledger: money(view.ledgerBalance) })}</p>
      <p data-testid="reconciliation-difference" className={view.difference === 0 ? "text-emerald-700 dark:text-emerald-400" : "text-amber-800 dark:text-amber-300"}>
        {view.difference === 0 ? t("balanced") : t("difference", { amount: money(view.difference) })}
      </p>
      {view.explaining.length ? (
        <>
          <p className="text-slate-600 dark:text-slate-400">{t("mayExplain")}</p>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {view.explaining.map((tx) => (
              <li key={tx.id} className="flex flex-wrap justify-between gap-2 py-1.5" data-testid="explaining-transaction">
                <span><Link href={`/transactions/${tx.id}`} className="font-medium hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">{tx.description}</Link> · {formatDate(tx.date, locale)} · {tx.reason}</span>
                <span className="tabular-nums">{money(tx.amount)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : view.difference !== 0 ? <p className="text-slate-600 dark:text-slate-400">{t("noneExplains")}</p> : null}
    </article>
  );
}
