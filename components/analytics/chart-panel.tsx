"use client";

import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { toCsv, type TableColumn, type TableRow } from "@/lib/analytics/to-csv";
import { formatMoney } from "@/lib/money";
import { useTranslations } from "next-intl";

function display(value: string | number | null, column: TableColumn, currency: string, locale: string): string {
  if (value === null) return "—";
  if (column.kind === "money" && typeof value === "number") return formatMoney({ amount: value, currency }, locale);
  if (column.kind === "percent" && typeof value === "number") return `${new Intl.NumberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: 1 }).format(value)}%`;
  if (column.kind === "count" && typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  return String(value);
}

/**
 * A card holding one chart with a Chart/Table switch and a CSV export of exactly the table's rows.
 * The server passes aggregated rows; the chart itself arrives as children.
 */
export function ChartPanel({
  title,
  description,
  columns,
  rows,
  currency,
  locale,
  filename,
  children,
  testId,
}: {
  title: string;
  description?: string;
  columns: TableColumn[];
  rows: TableRow[];
  currency: string;
  locale: string;
  filename: string;
  children: ReactNode;
  testId?: string;
}) {
  const t = useTranslations("analytics");
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = useId();
  const exportCsv = () => {
    const blob = new Blob([toCsv(columns, rows, currency)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${filename}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby={headingId} data-testid={testId} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-base font-semibold">{title}</h2>
          {description ? <p className="text-xs text-slate-600 dark:text-slate-400">{description}</p> : null}
        </div>
        <div className="flex gap-2">
          <div role="group" aria-label={t("viewLabel", { title })} className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700">
            {(["chart", "table"] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
                className={`rounded-md px-3 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-brand-500 ${view === option ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"}`}
              >
                {option === "chart" ? t("chart") : t("table")}
              </button>
            ))}
          </div>
          <Button type="button" variant="secondary" className="px-3 py-1 text-xs" onClick={exportCsv} disabled={rows.length === 0}>
            {t("exportCsv")}
          </Button>
        </div>
      </div>
      {view === "chart" ? (
        children
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={`py-2 pr-3 font-medium text-slate-600 dark:text-slate-400 ${c.kind === "text" ? "text-left" : "text-right"}`}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.key} className={`py-1.5 pr-3 ${c.kind === "text" ? "" : "text-right tabular-nums"}`}>
                      {display(row[c.key] ?? null, c, currency, locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
