import { ChartPanel } from "@/components/analytics/chart-panel";
import { MoneyAreaChart, MoneyBarChart, MoneyDonutChart } from "@/components/analytics/charts";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import type { Overview } from "@/lib/analytics/get-overview";
import { useTranslations } from "next-intl";

export function NetWorthTrendPanel({ overview, locale }: { overview: Overview; locale: string }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const rows = overview.netWorth.points.map((p) => ({ month: p.month, assets: p.assets, liabilities: p.liabilities, netWorth: p.netWorth }));
  if (overview.accounts.length === 0) {
    return (
      <Card title={t("netWorth")}>
        <EmptyState title={t("noBalances")}>{t("noBalancesBody")}</EmptyState>
      </Card>
    );
  }
  return (
    <ChartPanel
      title={t("netWorth")}
      description={overview.netWorth.unconverted.length ? t("netWorthUnconverted", { currencies: overview.netWorth.unconverted.join(", ") }) : t("netWorthDescription")}
      columns={[{ key: "month", label: tc("month"), kind: "text" }, { key: "assets", label: t("assets"), kind: "money" }, { key: "liabilities", label: t("liabilities"), kind: "money" }, { key: "netWorth", label: t("netWorth"), kind: "money" }]}
      rows={rows}
      currency={overview.currency}
      locale={locale}
      filename="net-worth"
      testId="net-worth-panel"
    >
      <MoneyAreaChart data={rows} xKey="month" series={[{ key: "netWorth", label: t("netWorth") }]} currency={overview.currency} locale={locale} label={t("netWorthChart")} />
    </ChartPanel>
  );
}

export function CategoryDonutPanel({ overview, locale }: { overview: Overview; locale: string }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  if (overview.categories.length === 0) {
    return (
      <Card title={t("spendingByCategory")}>
        <EmptyState title={t("noSpendingThisMonth")}>{t("noCategoriesBody")}</EmptyState>
      </Card>
    );
  }
  const total = overview.categories.reduce((sum, c) => sum + c.amount, 0);
  const rows = overview.categories.map((c) => ({ category: c.name, amount: c.amount, share: Math.round((c.amount / total) * 1000) / 10 }));
  return (
    <ChartPanel
      title={t("spendingByCategory")}
      description={t("spendingByCategoryDescription")}
      columns={[{ key: "category", label: tc("category"), kind: "text" }, { key: "amount", label: t("spent"), kind: "money" }, { key: "share", label: t("share"), kind: "percent" }]}
      rows={rows}
      currency={overview.currency}
      locale={locale}
      filename="spending-by-category"
      testId="category-panel"
    >
      <div className="grid items-center gap-4 sm:grid-cols-2">
        <MoneyDonutChart data={overview.categories.map((c) => ({ name: c.name, amount: c.amount }))} currency={overview.currency} locale={locale} label={t("categoryChart")} />
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
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const rows = overview.trend.map((m) => ({ month: m.month, income: m.income, spending: m.spending, net: m.income - m.spending }));
  if (overview.trend.every((m) => m.inflow === 0 && m.outflow === 0)) {
    return (
      <Card title={t("trend")}>
        <EmptyState title={t("noTrend")}>{t("noTrendBody")}</EmptyState>
      </Card>
    );
  }
  return (
    <ChartPanel
      title={t("trend")}
      description={t("trendDescription")}
      columns={[{ key: "month", label: tc("month"), kind: "text" }, { key: "income", label: t("income"), kind: "money" }, { key: "spending", label: t("spending"), kind: "money" }, { key: "net", label: t("difference"), kind: "money" }]}
      rows={rows}
      currency={overview.currency}
      locale={locale}
      filename="twelve-month-trend"
      testId="trend-panel"
    >
      <MoneyBarChart data={rows} xKey="month" series={[{ key: "income", label: t("income"), colour: "#0ca678" }, { key: "spending", label: t("spending"), colour: "#e8590c" }]} currency={overview.currency} locale={locale} label={t("trendChart")} />
    </ChartPanel>
  );
}
