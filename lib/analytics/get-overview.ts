import { listAccounts, type AccountSummary } from "@/lib/accounts/list-accounts";
import { listAlerts, type AlertView } from "@/lib/alerts/list-alerts";
import { listAnomalies, type AnomalyView } from "@/lib/anomalies/list-anomalies";
import { listBudgets, type BudgetOverview } from "@/lib/budgets/list-budgets";
import { addDays, addMonths } from "@/lib/schedules/calendar-date";
import type { AnalyticsScope } from "./analytics-scope";
import type { NetWorthPoint } from "./build-net-worth-series";
import { getCategorySpending, type CategorySpending } from "./get-category-spending";
import { getMonthlyCashFlow, type MonthlyCashFlow } from "./get-monthly-cash-flow";
import { getNetWorthHistory } from "./get-net-worth-history";
import { getTopMerchants, type MerchantSpending } from "./get-top-merchants";
import { listConnectionStatuses, type ConnectionStatusView } from "./list-connection-statuses";
import { monthStart, monthsInRange, type DateRange } from "./resolve-date-range";

export interface Overview {
  currency: string;
  month: string;
  accounts: AccountSummary[];
  netWorth: { current: number | null; previous: number | null; points: NetWorthPoint[]; unconverted: string[] };
  thisMonth: MonthlyCashFlow;
  /** Twelve months ending with the current one. */
  trend: MonthlyCashFlow[];
  categories: CategorySpending[];
  merchants: MerchantSpending[];
  budgets: BudgetOverview[];
  anomalies: AnomalyView[];
  alerts: AlertView[];
  connections: ConnectionStatusView[];
  /** True when the user has neither accounts nor connections: the page shows how to start instead. */
  empty: boolean;
}

/** The last twelve months up to today: the overview's trend window. */
export function trendRange(today: string): DateRange {
  const start = addMonths(monthStart(today), -11);
  return { preset: "last_12_months", start, last: today, end: addDays(today, 1), label: "Last 12 months" };
}

/** Everything the overview shows, each part an aggregate computed in the database, fetched in parallel. */
export async function getOverview(scope: AnalyticsScope): Promise<Overview> {
  const trendWindow = trendRange(scope.today);
  const thisMonthWindow = { start: monthStart(scope.today), end: addDays(scope.today, 1) };
  const months = monthsInRange(trendWindow.start, trendWindow.last);
  const [accounts, netWorth, trend, categories, merchants, budgets, anomalies, alerts, connections] = await Promise.all([
    listAccounts(scope.userId),
    getNetWorthHistory(scope, months),
    getMonthlyCashFlow(scope, trendWindow),
    getCategorySpending(scope, thisMonthWindow),
    getTopMerchants(scope, thisMonthWindow, 5),
    listBudgets(scope.userId, { historyPeriods: 0 }),
    listAnomalies(scope.userId, { status: "open" }),
    listAlerts(scope.userId, { limit: 5 }),
    listConnectionStatuses(scope.userId),
  ]);
  const points = netWorth.points;
  const thisMonth = trend[trend.length - 1] ?? { month: scope.today.slice(0, 7), inflow: 0, outflow: 0, net: 0, income: 0, spending: 0 };
  return {
    currency: scope.currency,
    month: scope.today.slice(0, 7),
    accounts,
    netWorth: { current: points[points.length - 1]?.netWorth ?? null, previous: points[points.length - 2]?.netWorth ?? null, points, unconverted: netWorth.unconverted },
    thisMonth,
    trend,
    categories: categories.filter((c) => c.amount > 0),
    merchants,
    budgets,
    anomalies: anomalies.slice(0, 5),
    alerts,
    connections,
    empty: accounts.length === 0 && connections.length === 0,
  };
}
