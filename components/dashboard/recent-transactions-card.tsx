import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import type { RecentTransaction } from "@/lib/transactions/list-recent-transactions";

export function RecentTransactionsCard({ transactions, locale }: { transactions: RecentTransaction[]; locale: string }) {
  return (
    <Card title="Recent transactions">
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr><th>Date</th><th>Description</th><th>Category</th><th>Amount</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {transactions.map((tx) => (
            <tr key={tx.id}>
              <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{tx.date}</td>
              <td className="py-2 pr-3">{tx.merchantName ?? tx.description}{tx.pending ? <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">pending</span> : null}</td>
              <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{tx.categoryName ?? "Uncategorized"}</td>
              <td className={`py-2 text-right tabular-nums ${tx.amount < 0 ? "" : "text-emerald-700 dark:text-emerald-400"}`}>{formatMoney({ amount: tx.amount, currency: tx.currency }, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
