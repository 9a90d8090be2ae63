import { minorFromBigInt } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import { budgetPeriod, previousPeriods, type BudgetPeriod, type BudgetPeriodKind } from "./budget-period";
import { computeBudgetStatus, type BudgetStatus } from "./compute-budget-status";
import { sumBudgetSpending, type SpendingWindow, type SqlReader } from "./sum-budget-spending";

/** Rollover walks back at most this many periods (two years of weeks); older carry is dropped. */
export const MAX_ROLLOVER_PERIODS = 104;

export interface BudgetRow {
  id: string;
  name: string;
  scope: "category" | "group" | "total";
  period: BudgetPeriodKind;
  weekStart: number;
  amount: number;
  currency: string;
  thresholds: number[];
  rollover: boolean;
  includePending: boolean;
  startDate: CalendarDate;
  categories: { id: string; name: string }[];
}

export interface PastPeriod {
  start: CalendarDate;
  end: CalendarDate;
  spent: number;
  budgeted: number;
}

export interface BudgetWithStatus {
  budget: BudgetRow;
  status: BudgetStatus;
  /** Oldest first; only periods on or after the one containing the budget's start date. */
  history: PastPeriod[];
}

export interface LoadBudgetStatusesOptions {
  today: CalendarDate;
  /** Only these budgets (still scoped by user). */
  budgetIds?: readonly string[];
  /** Decides from each budget's current period whether to compute it at all (saves the query). */
  include?: (budget: BudgetRow, current: BudgetPeriod) => boolean;
  historyPeriods?: number;
}

type Db = SqlReader;

export function toDateString(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

interface BudgetSqlRow {
  id: string;
  name: string;
  scope: BudgetRow["scope"];
  period: BudgetPeriodKind;
  weekStart: number;
  amount: string;
  currency: string;
  thresholds: number[];
  rollover: boolean;
  includePending: boolean;
  startDate: string;
  categories: { id: string; name: string }[] | null;
}

/** One statement (budgets with their categories as JSON): this runs inside every writer's transaction. */
const BUDGET_ROWS_SQL = `
SELECT b.id::text, b.name, b.scope::text AS scope, b.period::text AS period, b."weekStart", b.amount::text AS amount,
       b.currency, b.thresholds, b.rollover, b."includePending", to_char(b."startDate", 'YYYY-MM-DD') AS "startDate",
       (SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name)
          FROM "BudgetCategory" bc JOIN "Category" c ON c.id = bc."categoryId"
         WHERE bc."budgetId" = b.id) AS categories
  FROM "Budget" b
 WHERE b."userId" = $1::uuid AND b."archivedAt" IS NULL AND ($2::uuid[] IS NULL OR b.id = ANY($2::uuid[]))
 ORDER BY b."createdAt", b.id`;

export async function loadBudgetRows(db: SqlReader, userId: string, budgetIds?: readonly string[]): Promise<BudgetRow[]> {
  const rows = await db.$queryRawUnsafe<BudgetSqlRow[]>(BUDGET_ROWS_SQL, userId, budgetIds ? [...budgetIds] : null);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scope: row.scope,
    period: row.period,
    weekStart: Number(row.weekStart),
    amount: minorFromBigInt(BigInt(row.amount)),
    currency: row.currency,
    thresholds: row.thresholds.map(Number),
    rollover: row.rollover,
    includePending: row.includePending,
    startDate: row.startDate,
    categories: row.categories ?? [],
  }));
}

function windowFor(budget: BudgetRow, period: BudgetPeriod): SpendingWindow {
  return {
    key: `${budget.id}:${period.start}`,
    budgetId: budget.id,
    start: period.start,
    end: period.end,
    currency: budget.currency,
    includePending: budget.includePending,
    isTotal: budget.scope === "total",
  };
}

/**
 * Current-period status (with rollover carried from earlier periods) and optional history for the
 * user's active budgets, from one aggregate query. Works inside a transaction or on the client.
 */
export async function loadBudgetStatuses(db: Db, userId: string, options: LoadBudgetStatusesOptions): Promise<BudgetWithStatus[]> {
  const budgets = await loadBudgetRows(db, userId, options.budgetIds);
  const plans: { budget: BudgetRow; current: BudgetPeriod; past: BudgetPeriod[]; historyCount: number }[] = [];
  for (const budget of budgets) {
    const options2 = { period: budget.period, weekStart: budget.weekStart };
    const current = budgetPeriod(options.today, options2);
    if (options.include && !options.include(budget, current)) continue;
    const first = budgetPeriod(budget.startDate, options2);
    const wanted = Math.max(budget.rollover ? MAX_ROLLOVER_PERIODS : 0, options.historyPeriods ?? 0);
    // Oldest first, never before the period the budget started in.
    const past = previousPeriods(options.today, options2, wanted).filter((p) => p.start >= first.start).reverse();
    plans.push({ budget, current, past, historyCount: Math.min(options.historyPeriods ?? 0, past.length) });
  }
  const windows = plans.flatMap((plan) => [...plan.past, plan.current].map((period) => windowFor(plan.budget, period)));
  const sums = await sumBudgetSpending(db, userId, windows);
  const netOf = (budget: BudgetRow, period: BudgetPeriod): { net: number; lines: number } => {
    const sum = sums.get(`${budget.id}:${period.start}`);
    return { net: sum ? minorFromBigInt(sum.net) : 0, lines: sum?.lines ?? 0 };
  };

  return plans.map(({ budget, current, past, historyCount }) => {
    let carry = 0;
    const history: PastPeriod[] = [];
    for (const period of past) {
      const spent = Math.max(0, -netOf(budget, period).net);
      if (budget.rollover) carry = budget.amount + carry - spent;
      history.push({ start: period.start, end: period.end, spent, budgeted: budget.amount });
    }
    const { net, lines } = netOf(budget, current);
    // The pure status function owns the maths (floors, basis points, thresholds, rollover); the
    // database already did the filtering and summing, so it gets the net as a single line.
    const status = computeBudgetStatus({
      budget: {
        amount: budget.amount,
        currency: budget.currency,
        period: budget.period,
        weekStart: budget.weekStart,
        thresholds: budget.thresholds,
        rollover: budget.rollover,
        includePending: budget.includePending,
      },
      transactions: [{ date: current.start, amount: net, categoryKey: null, pending: false, isTransfer: false, excluded: false }],
      carriedOver: carry,
      today: options.today,
    });
    return { budget, status: { ...status, countedTransactions: lines }, history: history.slice(history.length - historyCount) };
  });
}
