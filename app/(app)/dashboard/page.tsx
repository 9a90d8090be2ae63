import type { Metadata } from "next";
import { AccountsCard } from "@/components/dashboard/accounts-card";
import { EmptyDashboard } from "@/components/dashboard/empty-dashboard";
import { RecentTransactionsCard } from "@/components/dashboard/recent-transactions-card";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRecentTransactions } from "@/lib/transactions/list-recent-transactions";

export const metadata: Metadata = { title: "Overview" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const [accounts, transactions] = await Promise.all([listAccounts(user.id), listRecentTransactions(user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Welcome, {user.name}</h1>
      {accounts.length === 0 ? (
        <EmptyDashboard />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <AccountsCard accounts={accounts} locale={user.locale} />
          <RecentTransactionsCard transactions={transactions} locale={user.locale} />
        </div>
      )}
    </div>
  );
}
