import { useTranslations } from "next-intl";
import { ChartPanel } from "@/components/analytics/chart-panel";
import { MoneyAreaChart, MoneyBarChart } from "@/components/analytics/charts";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { DateRange } from "@/lib/analytics/resolve-date-range";
import { formatDate } from "@/lib/i18n/format-date";
import type { CashFlowReport, CategoryTrendReport, ComparisonReport, MerchantReport, MerchantsReport, NetWorthReport } from "@/lib/analytics/get-analytics-report";

type Translate = ReturnType<typeof useTranslations<"analyticsPanels">>;

const monthColumn = (t: Translate) => ({ key: "month", label: t("month"), kind: "text" }) as const;

/** The range's name in the page's language ("Last 3 months"), or its dates when custom. */
function useRangeLabel(range: DateRange, locale: string): string {
  const t = useTranslations("analyticsPanels");
  const presets = useTranslations("analytics");
  return range.preset === "custom" ? t("customRange", { start: formatDate(range.start, locale), last: formatDate(range.last, locale) }) : presets(`preset.${range.preset}`);
}

function Empty({ title, text }: { title: string; text: string }) {
  const t = useTranslations("analyticsPanels");
  return (
    <Card title={title}>
      <EmptyState title={t("nothingInPeriod")}>{text}</EmptyState>
    </Card>
  );
}

export function CategoryTrendPanel({ report, locale }: { report: CategoryTrendReport; locale: string }) {
  const t = useTranslations("analyticsPanels");
  const rangeLabel = useRangeLabel(report.range, locale);
  if (report.series.length === 0) return <Empty title={t("categoryTrend")} text={t("categoryTrendEmpty")} />;
  const columns = [monthColumn(t), ...report.series.map((s) => ({ key: s.key, label: s.label, kind: "money" as const }))];
  return (
    <ChartPanel title={t("categoryTrend")} description={rangeLabel} columns={columns} rows={report.rows} currency={report.currency} locale={locale} filename="category-spending-by-month" testId="category-trend-panel">
      <MoneyBarChart stacked data={report.rows} xKey="month" series={report.series} currency={report.currency} locale={locale} label={t("categoryTrendChart")} height={320} />
    </ChartPanel>
  );
}

export function IncomeExpensesPanel({ report, locale }: { report: CashFlowReport; locale: string }) {
  const t = useTranslations("analyticsPanels");
  const rangeLabel = useRangeLabel(report.range, locale);
  if (report.months.every((m) => m.inflow === 0 && m.outflow === 0)) return <Empty title={t("incomeExpenses")} text={t("incomeExpensesEmpty")} />;
  const rows = report.months.map((m) => ({ month: m.month, income: m.income, spending: m.spending, difference: m.income - m.spending }));
  return (
    <ChartPanel
      title={t("incomeExpenses")}
      description={t("incomeExpensesDescription", { range: rangeLabel })}
      columns={[monthColumn(t), { key: "income", label: t("income"), kind: "money" }, { key: "spending", label: t("expenses"), kind: "money" }, { key: "difference", label: t("difference"), kind: "money" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="income-and-expenses"
      testId="income-expenses-panel"
    >
      <MoneyBarChart data={rows} xKey="month" series={[{ key: "income", label: t("income"), colour: "#0ca678" }, { key: "spending", label: t("expenses"), colour: "#e8590c" }]} currency={report.currency} locale={locale} label={t("incomeExpensesChart")} />
    </ChartPanel>
  );
}

export function CashFlowPanel({ report, locale }: { report: CashFlowReport; locale: string }) {
  const t = useTranslations("analyticsPanels");
  if (report.months.every((m) => m.inflow === 0 && m.outflow === 0)) return <Empty title={t("cashFlow")} text={t("cashFlowEmpty")} />;
  const rows = [...report.months.map((m) => ({ month: m.month, inflow: m.inflow, outflow: m.outflow, net: m.net })), { month: t("total"), inflow: report.total.inflow, outflow: report.total.outflow, net: report.total.net }];
  return (
    <ChartPanel
      title={t("cashFlow")}
      description={t("cashFlowDescription")}
      columns={[monthColumn(t), { key: "inflow", label: t("in"), kind: "money" }, { key: "outflow", label: t("out"), kind: "money" }, { key: "net", label: t("net"), kind: "money" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="cash-flow"
      testId="cash-flow-panel"
    >
      <MoneyBarChart data={rows.slice(0, -1)} xKey="month" series={[{ key: "net", label: t("net"), colour: "#2f6fed" }]} currency={report.currency} locale={locale} label={t("cashFlowChart")} />
    </ChartPanel>
  );
}

export function NetWorthPanel({ report, locale }: { report: NetWorthReport; locale: string }) {
  const t = useTranslations("analyticsPanels");
  if (report.points.every((p) => p.assets === 0 && p.liabilities === 0)) return <Empty title={t("netWorth")} text={t("netWorthEmpty")} />;
  const rows = report.points.map((p) => ({ month: p.month, assets: p.assets, liabilities: p.liabilities, netWorth: p.netWorth }));
  return (
    <ChartPanel
      title={t("netWorth")}
      description={report.unconverted.length ? t("netWorthUnconverted", { currencies: report.unconverted.join(", "), currency: report.currency }) : t("netWorthDescription")}
      columns={[monthColumn(t), { key: "assets", label: t("assets"), kind: "money" }, { key: "liabilities", label: t("liabilities"), kind: "money" }, { key: "netWorth", label: t("netWorthColumn"), kind: "money" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="net-worth"
      testId="net-worth-history-panel"
    >
      <MoneyAreaChart data={rows} xKey="month" series={[{ key: "assets", label: t("assets"), colour: "#0ca678" }, { key: "netWorth", label: t("netWorthColumn"), colour: "#2f6fed" }]} currency={report.currency} locale={locale} label={t("netWorthChart")} />
    </ChartPanel>
  );
}

export function ComparisonPanel({ report, locale }: { report: ComparisonReport; locale: string }) {
  const t = useTranslations("analyticsPanels");
  const months = { month: report.month, previous: report.previousMonth, yearAgo: report.yearAgoMonth };
  if (report.rows.length <= 1) return <Empty title={t("comparison")} text={t("comparisonEmpty", months)} />;
  const rows = report.rows.map((r) => ({ category: r.name, current: r.current, previousMonth: r.previousMonth, monthOverMonth: r.monthOverMonth, yearAgo: r.yearAgo, yearOverYear: r.yearOverYear }));
  return (
    <ChartPanel
      title={t("comparison")}
      description={t("comparisonDescription", months)}
      columns={[
        { key: "category", label: t("category"), kind: "text" },
        { key: "current", label: report.month, kind: "money" },
        { key: "previousMonth", label: report.previousMonth, kind: "money" },
        { key: "monthOverMonth", label: t("change"), kind: "percent" },
        { key: "yearAgo", label: report.yearAgoMonth, kind: "money" },
        { key: "yearOverYear", label: t("changeYear"), kind: "percent" },
      ]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename={`comparison-${report.month}`}
      testId="comparison-panel"
    >
      <MoneyBarChart
        data={rows.slice(0, -1).map((r) => ({ category: r.category, current: r.current, previousMonth: r.previousMonth, yearAgo: r.yearAgo }))}
        xKey="category"
        series={[{ key: "yearAgo", label: report.yearAgoMonth, colour: "#868e96" }, { key: "previousMonth", label: report.previousMonth, colour: "#1098ad" }, { key: "current", label: report.month, colour: "#2f6fed" }]}
        currency={report.currency}
        locale={locale}
        label={t("comparisonChart", months)}
      />
    </ChartPanel>
  );
}

export function MerchantsPanel({ report, locale, query }: { report: MerchantsReport; locale: string; query: string }) {
  const t = useTranslations("analyticsPanels");
  if (report.merchants.length === 0) return <Empty title={t("merchants")} text={t("merchantsEmpty")} />;
  const rows = report.merchants.map((m) => ({ merchant: m.merchant, amount: m.amount, count: m.count }));
  return (
    <ChartPanel
      title={t("merchants")}
      description={t("merchantsDescription")}
      columns={[{ key: "merchant", label: t("merchant"), kind: "text" }, { key: "amount", label: t("spent"), kind: "money" }, { key: "count", label: t("transactions"), kind: "count" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="merchants"
      testId="merchants-panel"
    >
      <MoneyBarChart data={rows.slice(0, 10)} xKey="merchant" series={[{ key: "amount", label: t("spent") }]} currency={report.currency} locale={locale} label={t("merchantsChart")} />
      <form method="get" action="/analytics#merchant" className="mt-4 flex flex-wrap items-end gap-2">
        {Array.from(new URLSearchParams(query).entries())
          .filter(([key]) => key !== "merchant")
          .map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />)}
        <div className="space-y-1">
          <label htmlFor="merchant" className="block text-sm font-medium">{t("drillInto")}</label>
          <select id="merchant" name="merchant" className="block rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900">
            {report.merchants.map((m) => <option key={m.merchant} value={m.merchant}>{m.merchant}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:hover:bg-slate-800">{t("show")}</button>
      </form>
    </ChartPanel>
  );
}

export function MerchantDetailPanel({ report, locale }: { report: MerchantReport; locale: string }) {
  const t = useTranslations("analyticsPanels");
  const rangeLabel = useRangeLabel(report.range, locale);
  const { detail } = report;
  const rows = detail.transactions.map((tx) => ({ date: tx.date, description: tx.description, amount: tx.amount }));
  return (
    <div id="merchant">
      <ChartPanel
        title={t("merchantTitle", { merchant: detail.merchant })}
        description={t("merchantDescription", { count: detail.count, range: locale.startsWith("de") ? rangeLabel : rangeLabel.toLocaleLowerCase(locale) })}
        columns={[{ key: "date", label: t("date"), kind: "text" }, { key: "description", label: t("description"), kind: "text" }, { key: "amount", label: t("amount"), kind: "money" }]}
        rows={rows}
        currency={report.currency}
        locale={locale}
        filename={`merchant-${detail.merchant.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
        testId="merchant-detail-panel"
      >
        {detail.months.length === 0 ? (
          <EmptyState title={t("merchantEmpty", { merchant: detail.merchant })} />
        ) : (
          <MoneyBarChart data={detail.months} xKey="month" series={[{ key: "amount", label: t("spent") }]} currency={report.currency} locale={locale} label={t("merchantChart", { merchant: detail.merchant })} />
        )}
      </ChartPanel>
    </div>
  );
}
