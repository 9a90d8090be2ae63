"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/money";

/** Distinguishable in light and dark themes; series beyond it repeat (charts fold to 7 series). */
export const SERIES_COLOURS = ["#2f6fed", "#e8590c", "#0ca678", "#ae3ec9", "#f59f00", "#1098ad", "#e64980", "#868e96"];

export interface Series {
  key: string;
  label: string;
  colour?: string;
}

interface MoneyChartProps {
  data: Record<string, string | number>[];
  xKey: string;
  series: Series[];
  currency: string;
  locale: string;
  /** One sentence a screen reader hears instead of the drawing; the table view has the figures. */
  label: string;
  height?: number;
}

function useFormatters(currency: string, locale: string) {
  const money = (minor: number) => formatMoney({ amount: Math.round(minor), currency }, locale);
  const compact = new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
  // Axis ticks only: exact figures are in the tooltip and the table.
  const tick = (minor: number) => compact.format(minor / 100);
  return { money, tick };
}

export function MoneyBarChart({ data, xKey, series, currency, locale, label, height = 280, stacked = false }: MoneyChartProps & { stacked?: boolean }) {
  const { money, tick } = useFormatters(currency, locale);
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey={xKey} fontSize={12} stroke="currentColor" />
          <YAxis fontSize={12} tickFormatter={tick} width={64} stroke="currentColor" />
          <Tooltip formatter={(value, name) => [money(Number(value)), String(name)]} contentStyle={{ color: "#0f172a" }} />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId={stacked ? "stack" : undefined} fill={s.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function MoneyAreaChart({ data, xKey, series, currency, locale, label, height = 280 }: MoneyChartProps) {
  const { money, tick } = useFormatters(currency, locale);
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey={xKey} fontSize={12} stroke="currentColor" />
          <YAxis fontSize={12} tickFormatter={tick} width={64} stroke="currentColor" />
          <Tooltip formatter={(value, name) => [money(Number(value)), String(name)]} contentStyle={{ color: "#0f172a" }} />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s, i) => {
            const colour = s.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length];
            return <Area key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={colour} fill={colour} fillOpacity={0.15} isAnimationActive={false} />;
          })}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

export function MoneyDonutChart({ data, currency, locale, label, height = 260 }: { data: { name: string; amount: number }[]; currency: string; locale: string; label: string; height?: number }) {
  const { money } = useFormatters(currency, locale);
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart accessibilityLayer={false}>
          <Pie data={data} dataKey="amount" nameKey="name" innerRadius="55%" outerRadius="85%" paddingAngle={1} isAnimationActive={false}>
            {data.map((entry, i) => (
              <Cell key={entry.name} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
            ))}
          </Pie>
          <Tooltip formatter={(value, name) => [money(Number(value)), String(name)]} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
