import { ChartPanel } from "@/components/analytics/chart-panel";
import { MoneyAreaChart, MoneyBarChart, MoneyDonutChart } from "@/components/analytics/charts";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import type { Overview } from "@/lib/analytics/get-overview";

export function NetWorthTrendPanel({ overview, locale }: { overview: Overview; locale: string }) {
  const rows = overview.netWorth.points.map((p) => ({ month: p.month, assets: p.assets, liabilities: p.liabilities, netWorth: p.netWorth }));
  if (overview.accounts.length === 0) {
    return (
      <Card title="Net worth">
        <EmptyState title="No balances yet">Net worth is charted once an account reports a balance.</EmptyState>
      </Card>
    );
  }
  return (
    <ChartPanel
      title="Net worth"
      description={`Month-end balances over 12 months${overview.netWorth.unconverted.length ? `; accounts in ${overview.netWorth.unconverted.join(", ")} are left out (no exchange rate)` : ""}`}
      columns={[{ key: "month", label: "Month", kind: "text" }, { key: "assets", label: "Assets", kind: "money" }, { key: "liabilities", label: "Liabilities", kind: "money" }, { key: "netWorth", label: "Net worth", kind: "money" }]}
      rows={rows}
      currency={overview.currency}
      locale={locale}
      filename="net-worth"
      testId="net-worth-panel"
    >
      <MoneyAreaChart data={rows} xKey="month" series={[{ key: "netWorth", label: "Net worth" }]} currency={overview.currency} locale={locale} label="Net worth at each month end over the last 12 months" />
    </ChartPanel>
  );
}

export function CategoryDonutPanel({ overview, locale }: { overview: Overview; locale: string }) {
  if (overview.categories.length === 0) {
    return (
      <Card title="Spending by category">
        <EmptyState title="No spending this month yet">Categories appear here as soon as this month has transactions.</EmptyState>
      </Card>
    );
  }
  const total = overview.categories.reduce((sum, c) => sum + c.amount, 0);
  const rows = overview.categories.map((c) => ({ category: c.name, amount: c.amount, share: Math.round((c.amount / total) * 1000) / 10 }));
  return (
    <ChartPanel
      title="Spending by category"
      description="This month, refunds subtracted"
      columns={[{ key: "category", label: "Category", kind: "text" }, { key: "amount", label: "Spent", kind: "money" }, { key: "share", label: "Share", kind: "percent" }]}
      rows={rows}
      currency={overview.currency}
      locale={locale}
      filename="spending-by-category"
      testId="category-panel"
    >
      <div className="grid items-center gap-4 sm:grid-cols-2">
        <MoneyDonutChart data={overview.categories.map((c) => ({ name: c.name, amount: c.amount }))} currency={overview.currency} locale={locale} label="This month's spending split by category" />
        <ul className="space-y-1 text-sm">
          {rows.slice(0, 7).map((row) => (
            <li key={row.category} className="flex justify-between gap-3">
              <span>{row.category}</span>
              <span className="tabular-nums text-slate-600 dark:text-slate-400">{row.share}%</span>
            </li>
          ))}
        </ul>
      </div>
    </ChartPanel>
  );
}

export function SpendingTrendPanel({ overview, locale }: { overview: Overview; locale: string }) {
  const rows = overview.trend.map((m) => ({ month: m.month, income: m.income, spending: m.spending, net: m.income - m.spending }));
  if (overview.trend.every((m) => m.inflow === 0 && m.outflow === 0)) {
    return (
      <Card title="12-month trend">
        <EmptyState title="No transactions in the last 12 months">Income and spending per month are charted here.</EmptyState>
      </Card>
    );
  }
  return (
    <ChartPanel
      title="12-month trend"
      description="Income and spending per month"
      columns={[{ key: "month", label: "Month", kind: "text" }, { key: "income", label: "Income", kind: "money" }, { key: "spending", label: "Spending", kind: "money" }, { key: "net", label: "Difference", kind: "money" }]}
      rows={rows}
      currency={overview.currency}
      locale={locale}
      filename="twelve-month-trend"
      testId="trend-panel"
    >
      <MoneyBarChart data={rows} xKey="month" series={[{ key: "income", label: "Income", colour: "#0ca678" }, { key: "spending", label: "Spending", colour: "#e8590c" }]} currency={overview.currency} locale={locale} label="Income and spending for each of the last 12 months" />
    </ChartPanel>
  );
}
