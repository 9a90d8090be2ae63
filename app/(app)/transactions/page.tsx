import type { Metadata } from "next";
import { TransactionsTable } from "@/components/transactions/transactions-table";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";
import { listTransactions } from "@/lib/transactions/list-transactions";

export const metadata: Metadata = { title: "Transactions" };

export default async function TransactionsPage() {
  const user = await requirePageUser();
  const [page, categories] = await Promise.all([listTransactions(user.id, { limit: 200 }), listCategories(user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Transactions</h1>
      {page.items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No transactions yet. Link a bank or add an account to see them here.</p>
      ) : (
        <TransactionsTable transactions={page.items} categories={categories} locale={user.locale} />
      )}
    </div>
  );
}
