"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "next-intl";

export interface HistoryPoint {
  label: string;
  /** Major units for display only; the figures themselves are integers in minor units upstream. */
  spent: number;
  budgeted: number;
}

export function BudgetHistoryChart({ points, currencyLabel }: { points: HistoryPoint[]; currencyLabel: string }) {
  const t = useTranslations("budgetHistory");
  if (points.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>;
  const budgeted = points[points.length - 1]?.budgeted ?? 0;
  return (
    <figure aria-label={t("label")}>
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={12} />
            <YAxis fontSize={12} />
            <Tooltip formatter={(value) => [`${Number(value).toFixed(2)} ${currencyLabel}`, t("spent")]} />
            <ReferenceLine y={budgeted} stroke="#dc2626" strokeDasharray="4 4" />
            <Bar dataKey="spent" fill="#4f46e5" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("caption")}</figcaption>
      <table className="sr-only">
        <caption>{t("label")}</caption>
        <thead><tr><th>{t("period")}</th><th>{t("spent")}</th><th>{t("budgeted")}</th></tr></thead>
        <tbody>{points.map((p) => <tr key={p.label}><td>{p.label}</td><td>{p.spent}</td><td>{p.budgeted}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
