/**
 * Reshapes monthly category totals into one object per month with a key per category, the shape a
 * stacked bar chart wants. The largest `maxSeries - 1` categories keep their own series; the rest
 * are folded into "Everything else" so the legend stays readable. Pure.
 */
import type { CategoryMonthAmount } from "./compare-periods";

export const OTHER_SERIES = { key: "other", label: "Everything else" } as const;

export interface StackedSeries {
  key: string;
  label: string;
}

export interface StackedMonths {
  series: StackedSeries[];
  /** { month, [series key]: minor units } */
  rows: Record<string, string | number>[];
}

export function pivotCategoryMonths(rows: readonly CategoryMonthAmount[], months: readonly string[], maxSeries = 7): StackedMonths {
  const totals = new Map<string, { label: string; total: number }>();
  for (const row of rows) {
    const key = row.categoryId ?? "uncategorized";
    const entry = totals.get(key) ?? { label: row.name, total: 0 };
    entry.total += row.amount;
    totals.set(key, entry);
  }
  const ranked = [...totals.entries()].filter(([, v]) => v.total > 0).sort((a, b) => b[1].total - a[1].total || a[1].label.localeCompare(b[1].label));
  const fold = ranked.length > maxSeries;
  const kept = fold ? ranked.slice(0, maxSeries - 1) : ranked;
  const keptKeys = new Set(kept.map(([key]) => key));
  const series: StackedSeries[] = kept.map(([key, value]) => ({ key, label: value.label }));
  if (fold) series.push({ ...OTHER_SERIES });
  const byMonth = new Map(months.map((month) => [month, Object.fromEntries([["month", month], ...series.map((s) => [s.key, 0])]) as Record<string, string | number>]));
  for (const row of rows) {
    const target = byMonth.get(row.month);
    if (!target) continue;
    const rawKey = row.categoryId ?? "uncategorized";
    const key = keptKeys.has(rawKey) ? rawKey : fold && totals.get(rawKey) && (totals.get(rawKey)?.total ?? 0) > 0 ? OTHER_SERIES.key : null;
    if (key === null) continue;
    target[key] = Number(target[key] ?? 0) + row.amount;
  }
  return { series, rows: [...byMonth.values()] };
}
