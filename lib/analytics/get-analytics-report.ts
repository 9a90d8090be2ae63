import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { AnalyticsScope } from "./analytics-scope";
import { comparePeriods, shiftMonth, type PeriodComparisonRow } from "./compare-periods";
import type { NetWorthPoint } from "./build-net-worth-series";
import { getCategorySpending, getMonthlyCategorySpending, type CategorySpending } from "./get-category-spending";
import { getMonthlyCashFlow, totalCashFlow, type MonthlyCashFlow } from "./get-monthly-cash-flow";
import { getNetWorthHistory } from "./get-net-worth-history";
import { getOverview, type Overview } from "./get-overview";
import { getMerchantDetail, getTopMerchants, type MerchantDetail, type MerchantSpending } from "./get-top-merchants";
import { pivotCategoryMonths, type StackedMonths } from "./pivot-category-months";
import { DateRangeInput, monthsInRange, resolveDateRange, type DateRange } from "./resolve-date-range";

export const ANALYTICS_REPORTS = ["overview", "cash-flow", "categories", "category-trend", "comparison", "net-worth", "merchants", "merchant"] as const;
export type AnalyticsReportName = (typeof ANALYTICS_REPORTS)[number];

const MonthInput = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month such as 2026-03");

export const ComparisonInput = z.object({ month: MonthInput.optional() });
export const MerchantInput = z.object({ merchant: z.string({ error: "is required" }).trim().min(1, "is required").max(200, "must be at most 200 characters") });

type WithRange<T> = T & { currency: string; range: DateRange };

export type CashFlowReport = WithRange<{ months: MonthlyCashFlow[]; total: Omit<MonthlyCashFlow, "month"> }>;
export type CategoriesReport = WithRange<{ categories: CategorySpending[]; total: number }>;
export type CategoryTrendReport = WithRange<StackedMonths>;
export type ComparisonReport = { currency: string; month: string; previousMonth: string; yearAgoMonth: string; rows: PeriodComparisonRow[] };
export type NetWorthReport = WithRange<{ points: NetWorthPoint[]; unconverted: string[] }>;
export type MerchantsReport = WithRange<{ merchants: MerchantSpending[] }>;
export type MerchantReport = WithRange<{ detail: MerchantDetail }>;

export async function getCashFlowReport(scope: AnalyticsScope, range: DateRange): Promise<CashFlowReport> {
  const months = await getMonthlyCashFlow(scope, range);
  return { currency: scope.currency, range, months, total: totalCashFlow(months) };
}

export async function getCategoriesReport(scope: AnalyticsScope, range: DateRange): Promise<CategoriesReport> {
  const categories = (await getCategorySpending(scope, range)).filter((c) => c.amount > 0);
  return { currency: scope.currency, range, categories, total: categories.reduce((sum, c) => sum + c.amount, 0) };
}

export async function getCategoryTrendReport(scope: AnalyticsScope, range: DateRange): Promise<CategoryTrendReport> {
  const rows = await getMonthlyCategorySpending(scope, range);
  return { currency: scope.currency, range, ...pivotCategoryMonths(rows, monthsInRange(range.start, range.last)) };
}

/** The month against the month before and the same month a year earlier, per category. */
export async function getComparisonReport(scope: AnalyticsScope, month: string): Promise<ComparisonReport> {
  const yearAgoMonth = shiftMonth(month, -12);
  const rows = await getMonthlyCategorySpending(scope, { start: `${yearAgoMonth}-01`, end: `${shiftMonth(month, 1)}-01` });
  return { currency: scope.currency, month, previousMonth: shiftMonth(month, -1), yearAgoMonth, rows: comparePeriods(rows, month) };
}

export async function getNetWorthReport(scope: AnalyticsScope, range: DateRange): Promise<NetWorthReport> {
  // Balances roll back from today, so the series always runs up to the current month.
  const history = await getNetWorthHistory(scope, monthsInRange(range.start, scope.today));
  const lastMonth = range.last.slice(0, 7);
  return { currency: scope.currency, range, points: history.points.filter((p) => p.month <= lastMonth), unconverted: history.unconverted };
}

export async function getMerchantsReport(scope: AnalyticsScope, range: DateRange): Promise<MerchantsReport> {
  return { currency: scope.currency, range, merchants: await getTopMerchants(scope, range, 20) };
}

export async function getMerchantReport(scope: AnalyticsScope, range: DateRange, merchant: string): Promise<MerchantReport> {
  return { currency: scope.currency, range, detail: await getMerchantDetail(scope, range, merchant) };
}

/**
 * The analytics API's single entry: parses the query (range preset or from/to, month, merchant) and
 * returns the same figures the pages render, from the same functions.
 */
export async function getAnalyticsReport(scope: AnalyticsScope, report: string, query: Record<string, string>): Promise<Overview | CashFlowReport | CategoriesReport | CategoryTrendReport | ComparisonReport | NetWorthReport | MerchantsReport | MerchantReport> {
  const name = z.enum(ANALYTICS_REPORTS, { error: `report: must be one of ${ANALYTICS_REPORTS.join(", ")}` }).safeParse(report);
  if (!name.success) throw new AppError("not_found", `Report "${report}" was not found`);
  const range = () => resolveDateRange(DateRangeInput.parse(query), scope.today);
  switch (name.data) {
    case "overview":
      return getOverview(scope);
    case "cash-flow":
      return getCashFlowReport(scope, range());
    case "categories":
      return getCategoriesReport(scope, range());
    case "category-trend":
      return getCategoryTrendReport(scope, range());
    case "comparison":
      return getComparisonReport(scope, ComparisonInput.parse(query).month ?? scope.today.slice(0, 7));
    case "net-worth":
      return getNetWorthReport(scope, range());
    case "merchants":
      return getMerchantsReport(scope, range());
    case "merchant":
      return getMerchantReport(scope, range(), MerchantInput.parse(query).merchant);
  }
}
