import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import type { RecentTransaction } from "@/lib/transactions/list-recent-transactions";

export function RecentTransactionsCard({ transactions, locale }: { transactions: RecentTransaction[]; locale: string }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  return (
    <Card title={t("recentTransactions")}>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr><th>{tc("date")}</th><th>{tc("description")}</th><th>{tc("category")}</th><th>{tc("amount")}</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {transactions.map((tx) => (
            <tr key={tx.id}>
              <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{formatDate(tx.date, locale)}</td>
              <td className="py-2 pr-3">{tx.merchantName ?? tx.description}{tx.pending ? <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">{tc("pending")}</span> : null}</td>
              <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{tx.categoryName ?? tc("uncategorized")}</td>
              <td className={`py-2 text-right tabular-nums ${tx.amount < 0 ? "" : "text-emerald-700 dark:text-emerald-400"}`}>{formatMoney({ amount: tx.amount, currency: tx.currency }, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
