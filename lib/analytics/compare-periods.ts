/**
 * Month-over-month and year-over-year changes per category, from monthly category totals. Pure.
 * A change against a zero base has no percentage (null): "new" is not "+infinity %".
 */
export interface CategoryMonthAmount {
  month: string;
  categoryId: string | null;
  name: string;
  amount: number;
}

export interface PeriodComparisonRow {
  categoryId: string | null;
  name: string;
  current: number;
  previousMonth: number;
  yearAgo: number;
  /** Percent change, one decimal; null when the base is zero or negative. */
  monthOverMonth: number | null;
  yearOverYear: number | null;
}

export function percentChange(current: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round(((current - base) / base) * 1000) / 10;
}

export function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** One row per category seen in any of the three months, plus a "Total" row last. */
export function comparePeriods(rows: readonly CategoryMonthAmount[], month: string): PeriodComparisonRow[] {
  const previous = shiftMonth(month, -1);
  const yearAgo = shiftMonth(month, -12);
  const byCategory = new Map<string, PeriodComparisonRow>();
  for (const row of rows) {
    if (row.month !== month && row.month !== previous && row.month !== yearAgo) continue;
    const key = row.categoryId ?? "";
    const entry = byCategory.get(key) ?? { categoryId: row.categoryId, name: row.name, current: 0, previousMonth: 0, yearAgo: 0, monthOverMonth: null, yearOverYear: null };
    if (row.month === month) entry.current += row.amount;
    if (row.month === previous) entry.previousMonth += row.amount;
    if (row.month === yearAgo) entry.yearAgo += row.amount;
    byCategory.set(key, entry);
  }
  const list = [...byCategory.values()].sort((a, b) => b.current - a.current || a.name.localeCompare(b.name));
  const total = list.reduce(
    (sum, row) => ({ ...sum, current: sum.current + row.current, previousMonth: sum.previousMonth + row.previousMonth, yearAgo: sum.yearAgo + row.yearAgo }),
    { categoryId: null, name: "Total", current: 0, previousMonth: 0, yearAgo: 0, monthOverMonth: null, yearOverYear: null } as PeriodComparisonRow,
  );
  return [...list, total].map((row) => ({ ...row, monthOverMonth: percentChange(row.current, row.previousMonth), yearOverYear: percentChange(row.current, row.yearAgo) }));
}
