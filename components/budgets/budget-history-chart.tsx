"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface HistoryPoint {
  label: string;
  /** Major units for display only; the figures themselves are integers in minor units upstream. */
  spent: number;
  budgeted: number;
}

export function BudgetHistoryChart({ points, currencyLabel }: { points: HistoryPoint[]; currencyLabel: string }) {
  if (points.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No past periods yet: history starts when the budget does.</p>;
  const budgeted = points[points.length - 1]?.budgeted ?? 0;
  return (
    <figure aria-label="Spending in past periods">
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={12} />
            <YAxis fontSize={12} />
            <Tooltip formatter={(value) => [`${Number(value).toFixed(2)} ${currencyLabel}`, "Spent"]} />
            <ReferenceLine y={budgeted} stroke="#dc2626" strokeDasharray="4 4" />
            <Bar dataKey="spent" fill="#4f46e5" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">Spent per period; the dashed line is the budgeted amount.</figcaption>
      <table className="sr-only">
        <caption>Spending in past periods</caption>
        <thead><tr><th>Period</th><th>Spent</th><th>Budgeted</th></tr></thead>
        <tbody>{points.map((p) => <tr key={p.label}><td>{p.label}</td><td>{p.spent}</td><td>{p.budgeted}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
