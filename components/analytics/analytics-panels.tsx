import { ChartPanel } from "@/components/analytics/chart-panel";
import { MoneyAreaChart, MoneyBarChart } from "@/components/analytics/charts";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { CashFlowReport, CategoryTrendReport, ComparisonReport, MerchantReport, MerchantsReport, NetWorthReport } from "@/lib/analytics/get-analytics-report";

const MONTH = { key: "month", label: "Month", kind: "text" } as const;

function Empty({ title, text }: { title: string; text: string }) {
  return (
    <Card title={title}>
      <EmptyState title="Nothing in this period">{text}</EmptyState>
    </Card>
  );
}

export function CategoryTrendPanel({ report, locale }: { report: CategoryTrendReport; locale: string }) {
  if (report.series.length === 0) return <Empty title="Spending by category over time" text="Pick a longer period, or link an account to bring in transactions." />;
  const columns = [MONTH, ...report.series.map((s) => ({ key: s.key, label: s.label, kind: "money" as const }))];
  return (
    <ChartPanel title="Spending by category over time" description={report.range.label} columns={columns} rows={report.rows} currency={report.currency} locale={locale} filename="category-spending-by-month" testId="category-trend-panel">
      <MoneyBarChart stacked data={report.rows} xKey="month" series={report.series} currency={report.currency} locale={locale} label="Monthly spending stacked by category" height={320} />
    </ChartPanel>
  );
}

export function IncomeExpensesPanel({ report, locale }: { report: CashFlowReport; locale: string }) {
  if (report.months.every((m) => m.inflow === 0 && m.outflow === 0)) return <Empty title="Income and expenses" text="No income or spending was booked in this period." />;
  const rows = report.months.map((m) => ({ month: m.month, income: m.income, spending: m.spending, difference: m.income - m.spending }));
  return (
    <ChartPanel
      title="Income and expenses"
      description={`${report.range.label}: transfers between your accounts left out`}
      columns={[MONTH, { key: "income", label: "Income", kind: "money" }, { key: "spending", label: "Expenses", kind: "money" }, { key: "difference", label: "Difference", kind: "money" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="income-and-expenses"
      testId="income-expenses-panel"
    >
      <MoneyBarChart data={rows} xKey="month" series={[{ key: "income", label: "Income", colour: "#0ca678" }, { key: "spending", label: "Expenses", colour: "#e8590c" }]} currency={report.currency} locale={locale} label="Income against expenses per month" />
    </ChartPanel>
  );
}

export function CashFlowPanel({ report, locale }: { report: CashFlowReport; locale: string }) {
  if (report.months.every((m) => m.inflow === 0 && m.outflow === 0)) return <Empty title="Cash flow" text="No money moved in this period." />;
  const rows = [...report.months.map((m) => ({ month: m.month, inflow: m.inflow, outflow: m.outflow, net: m.net })), { month: "Total", inflow: report.total.inflow, outflow: report.total.outflow, net: report.total.net }];
  return (
    <ChartPanel
      title="Cash flow"
      description="Money in, money out and the net per month"
      columns={[MONTH, { key: "inflow", label: "In", kind: "money" }, { key: "outflow", label: "Out", kind: "money" }, { key: "net", label: "Net", kind: "money" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="cash-flow"
      testId="cash-flow-panel"
    >
      <MoneyBarChart data={rows.slice(0, -1)} xKey="month" series={[{ key: "net", label: "Net", colour: "#2f6fed" }]} currency={report.currency} locale={locale} label="Net cash flow per month" />
    </ChartPanel>
  );
}

export function NetWorthPanel({ report, locale }: { report: NetWorthReport; locale: string }) {
  if (report.points.every((p) => p.assets === 0 && p.liabilities === 0)) return <Empty title="Net worth over time" text="Net worth is charted once an account reports a balance." />;
  const rows = report.points.map((p) => ({ month: p.month, assets: p.assets, liabilities: p.liabilities, netWorth: p.netWorth }));
  return (
    <ChartPanel
      title="Net worth over time"
      description={report.unconverted.length ? `Accounts in ${report.unconverted.join(", ")} are left out: no exchange rate to ${report.currency}` : "Month-end balances of all open accounts"}
      columns={[MONTH, { key: "assets", label: "Assets", kind: "money" }, { key: "liabilities", label: "Liabilities", kind: "money" }, { key: "netWorth", label: "Net worth", kind: "money" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="net-worth"
      testId="net-worth-history-panel"
    >
      <MoneyAreaChart data={rows} xKey="month" series={[{ key: "assets", label: "Assets", colour: "#0ca678" }, { key: "netWorth", label: "Net worth", colour: "#2f6fed" }]} currency={report.currency} locale={locale} label="Assets and net worth at each month end" />
    </ChartPanel>
  );
}

export function ComparisonPanel({ report, locale }: { report: ComparisonReport; locale: string }) {
  if (report.rows.length <= 1) return <Empty title="Month over month and year over year" text={`No spending in ${report.month}, ${report.previousMonth} or ${report.yearAgoMonth}.`} />;
  const rows = report.rows.map((r) => ({ category: r.name, current: r.current, previousMonth: r.previousMonth, monthOverMonth: r.monthOverMonth, yearAgo: r.yearAgo, yearOverYear: r.yearOverYear }));
  return (
    <ChartPanel
      title="Month over month and year over year"
      description={`${report.month} against ${report.previousMonth} and ${report.yearAgoMonth}`}
      columns={[
        { key: "category", label: "Category", kind: "text" },
        { key: "current", label: report.month, kind: "money" },
        { key: "previousMonth", label: report.previousMonth, kind: "money" },
        { key: "monthOverMonth", label: "Change", kind: "percent" },
        { key: "yearAgo", label: report.yearAgoMonth, kind: "money" },
        { key: "yearOverYear", label: "Change on a year", kind: "percent" },
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
        label={`Spending per category in ${report.month}, ${report.previousMonth} and ${report.yearAgoMonth}`}
      />
    </ChartPanel>
  );
}

export function MerchantsPanel({ report, locale, query }: { report: MerchantsReport; locale: string; query: string }) {
  if (report.merchants.length === 0) return <Empty title="Merchants" text="No spending with any merchant in this period." />;
  const rows = report.merchants.map((m) => ({ merchant: m.merchant, amount: m.amount, count: m.count }));
  return (
    <ChartPanel
      title="Merchants"
      description="Where the money went; choose one below to drill down"
      columns={[{ key: "merchant", label: "Merchant", kind: "text" }, { key: "amount", label: "Spent", kind: "money" }, { key: "count", label: "Transactions", kind: "count" }]}
      rows={rows}
      currency={report.currency}
      locale={locale}
      filename="merchants"
      testId="merchants-panel"
    >
      <MoneyBarChart data={rows.slice(0, 10)} xKey="merchant" series={[{ key: "amount", label: "Spent" }]} currency={report.currency} locale={locale} label="Spending at the top ten merchants" />
      <form method="get" action="/analytics#merchant" className="mt-4 flex flex-wrap items-end gap-2">
        {Array.from(new URLSearchParams(query).entries())
          .filter(([key]) => key !== "merchant")
          .map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />)}
        <div className="space-y-1">
          <label htmlFor="merchant" className="block text-sm font-medium">Drill into a merchant</label>
          <select id="merchant" name="merchant" className="block rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900">
            {report.merchants.map((m) => <option key={m.merchant} value={m.merchant}>{m.merchant}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:hover:bg-slate-800">Show</button>
      </form>
    </ChartPanel>
  );
}

export function MerchantDetailPanel({ report, locale }: { report: MerchantReport; locale: string }) {
  const { detail } = report;
  const rows = detail.transactions.map((t) => ({ date: t.date, description: t.description, amount: t.amount }));
  return (
    <div id="merchant">
      <ChartPanel
        title={`Merchant: ${detail.merchant}`}
        description={`${detail.count} transactions in ${report.range.label.toLowerCase()}`}
        columns={[{ key: "date", label: "Date", kind: "text" }, { key: "description", label: "Description", kind: "text" }, { key: "amount", label: "Amount", kind: "money" }]}
        rows={rows}
        currency={report.currency}
        locale={locale}
        filename={`merchant-${detail.merchant.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
        testId="merchant-detail-panel"
      >
        {detail.months.length === 0 ? (
          <EmptyState title={`No spending with ${detail.merchant} in this period`} />
        ) : (
          <MoneyBarChart data={detail.months} xKey="month" series={[{ key: "amount", label: "Spent" }]} currency={report.currency} locale={locale} label={`Monthly spending with ${detail.merchant}`} />
        )}
      </ChartPanel>
    </div>
  );
}
