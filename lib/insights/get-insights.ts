import type { AnalyticsScope } from "@/lib/analytics/analytics-scope";
import { shiftMonth } from "@/lib/analytics/compare-periods";
import { getMonthlyCategorySpending } from "@/lib/analytics/get-category-spending";
import { getMonthlyCashFlow } from "@/lib/analytics/get-monthly-cash-flow";
import { getTopMerchants } from "@/lib/analytics/get-top-merchants";
import { prisma } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { addDays, daysInMonth } from "@/lib/schedules/calendar-date";
import { findCashFlowFinding, findCategoryChanges, findSpendingPace, findSubscriptionPriceRises, findTopMerchant, type PriceRise } from "./build-insights";
import type { Insight } from "./insight";
import { CASH_FLOW_LOOKBACK_MONTHS, CATEGORY_BASELINE_MONTHS } from "./insight-thresholds";

/**
 * Price rises this year: the user's price_rise findings (from lib/anomalies) not marked normal, one
 * per merchant, in the report currency. Facts are the detector's own numbers in minor units.
 */
async function loadPriceRises(scope: AnalyticsScope): Promise<PriceRise[]> {
  const rows = await prisma().$queryRaw<{ name: string; amount: string; usual: string; date: string }[]>`
SELECT DISTINCT ON (COALESCE(a.details->>'merchantKey', a.id::text))
       COALESCE(NULLIF(btrim(t."merchantName"), ''), t.description, a.details->>'merchantKey') AS name,
       (a.details->'facts'->>'amount') AS amount, (a.details->'facts'->>'usualAmount') AS usual,
       to_char(COALESCE(t."date", a."createdAt"::date), 'YYYY-MM-DD') AS date
  FROM "Anomaly" a
  LEFT JOIN "Transaction" t ON t.id = a."transactionId" AND t."userId" = ${scope.userId}::uuid
 WHERE a."userId" = ${scope.userId}::uuid AND a.kind = 'price_rise' AND a.status <> 'normal'
   AND a.details->>'currency' = ${scope.currency}
   AND COALESCE(t."date", a."createdAt"::date) >= ${`${scope.today.slice(0, 4)}-01-01`}::date
 ORDER BY COALESCE(a.details->>'merchantKey', a.id::text), COALESCE(t."date", a."createdAt"::date) DESC`;
  return rows
    .map((row) => ({ name: row.name, before: Math.abs(Math.round(Number(row.usual))), after: Math.abs(Math.round(Number(row.amount))), date: row.date }))
    .filter((rise) => Number.isSafeInteger(rise.before) && Number.isSafeInteger(rise.after));
}

/** Every insight for the user, computed from aggregates of their own data; no external service. */
export async function getInsights(scope: AnalyticsScope): Promise<Insight[]> {
  const month = scope.today.slice(0, 7);
  const lastComplete = shiftMonth(month, -1);
  const firstMonth = shiftMonth(lastComplete, -Math.max(CATEGORY_BASELINE_MONTHS, CASH_FLOW_LOOKBACK_MONTHS));
  const end = addDays(scope.today, 1);
  const [categoryRows, cashFlow, merchants, rises] = await Promise.all([
    getMonthlyCategorySpending(scope, { start: `${firstMonth}-01`, end }),
    getMonthlyCashFlow(scope, { start: `${firstMonth}-01`, last: scope.today, end }),
    getTopMerchants(scope, { start: `${lastComplete}-01`, end: `${month}-01` }, 3),
    loadPriceRises(scope),
  ]);
  const format = (minor: number) => formatMoney({ amount: minor, currency: scope.currency }, scope.locale);
  const complete = cashFlow.filter((m) => m.month < month);
  const recent = complete.slice(-CASH_FLOW_LOOKBACK_MONTHS);
  const current = cashFlow.find((m) => m.month === month);
  const hasHistory = recent.length === CASH_FLOW_LOOKBACK_MONTHS && recent.every((m) => m.spending > 0);
  const [year, mon] = month.split("-").map(Number) as [number, number];
  return [
    ...findCategoryChanges(categoryRows, lastComplete, format),
    ...findSubscriptionPriceRises(rises, month.slice(0, 4), format),
    ...findCashFlowFinding(recent, format),
    ...(hasHistory && current
      ? findSpendingPace(
          { month, spentSoFar: current.spending, dayOfMonth: Number(scope.today.slice(8, 10)), daysInMonth: daysInMonth(year, mon), usual: Math.round(recent.reduce((s, m) => s + m.spending, 0) / recent.length) },
          format,
        )
      : []),
    ...findTopMerchant(merchants, lastComplete, format),
  ];
}
