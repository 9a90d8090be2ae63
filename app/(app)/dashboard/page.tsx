import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountsCard } from "@/components/dashboard/accounts-card";
import { EmptyDashboard } from "@/components/dashboard/empty-dashboard";
import { AnomaliesAlertsCard, BudgetsGlanceCard, HeadlineCard, SyncStatusCard, TopMerchantsCard } from "@/components/dashboard/overview-cards";
import { CategoryDonutPanel, NetWorthTrendPanel, SpendingTrendPanel } from "@/components/dashboard/overview-charts";
import { RecentTransactionsCard } from "@/components/dashboard/recent-transactions-card";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getOverview } from "@/lib/analytics/get-overview";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRecentTransactions } from "@/lib/transactions/list-recent-transactions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function DashboardPage() {
  const user = await requirePageUser();
  const t = await getTranslations("dashboard");
  const scope = await loadAnalyticsScope(user.id);
  const [overview, transactions] = await Promise.all([getOverview(scope), listRecentTransactions(user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("welcome", { name: user.name })}</h1>
      {overview.empty ? (
        <EmptyDashboard />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <HeadlineCard overview={overview} locale={scope.locale} />
          <NetWorthTrendPanel overview={overview} locale={scope.locale} />
          <CategoryDonutPanel overview={overview} locale={scope.locale} />
          <SpendingTrendPanel overview={overview} locale={scope.locale} />
          <TopMerchantsCard overview={overview} locale={scope.locale} />
          <BudgetsGlanceCard overview={overview} locale={scope.locale} />
          <AnomaliesAlertsCard overview={overview} locale={scope.locale} />
          <AccountsCard accounts={overview.accounts} locale={scope.locale} />
          <SyncStatusCard overview={overview} locale={scope.locale} />
          <div className="lg:col-span-2">
            <RecentTransactionsCard transactions={transactions} locale={scope.locale} />
          </div>
        </div>
      )}
    </div>
  );
}
