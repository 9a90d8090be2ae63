import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { CalendarDate, Currency, MinorUnits, Uuid } from "@/lib/api/api-schemas";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getCashFlowReport, getCategoriesReport, getMerchantsReport, getNetWorthReport } from "@/lib/analytics/get-analytics-report";
import { DATE_RANGE_PRESETS, DateRangeInput, resolveDateRange } from "@/lib/analytics/resolve-date-range";

const Month = z.string().meta({ description: "YYYY-MM" });

const RangeSchema = z
  .object({ preset: z.string(), start: CalendarDate, last: CalendarDate.meta({ description: "Last day included" }), end: CalendarDate.meta({ description: "Day after the last included day" }), label: z.string() })
  .meta({ id: "DateRange" });

const CashFlowFigures = {
  inflow: MinorUnits,
  outflow: MinorUnits,
  net: MinorUnits,
  income: MinorUnits,
  spending: MinorUnits.meta({ description: "Net of categorized refunds; negative when refunds exceed spending" }),
};

const Report = <T extends z.ZodRawShape>(shape: T) => z.object({ currency: Currency.meta({ description: "The user's home currency; other currencies are converted" }), range: RangeSchema, ...shape });

const RANGE = `Range: range=${DATE_RANGE_PRESETS.join("|")}; custom needs from and to (YYYY-MM-DD).`;

/** The same figures the analytics pages render, from the same functions; transfers are left out of spending and income. */
function report<T extends z.ZodType>(id: string, path: string, summary: string, response: T, build: (scope: Awaited<ReturnType<typeof loadAnalyticsScope>>, range: ReturnType<typeof resolveDateRange>) => Promise<z.input<T>>) {
  return defineOperation({
    id,
    method: "GET",
    path,
    summary,
    description: RANGE,
    scope: "read",
    query: DateRangeInput,
    response,
    handler: async ({ caller, query }) => {
      const scope = await loadAnalyticsScope(caller.userId);
      return build(scope, resolveDateRange(query, scope.today));
    },
  });
}

export const analyticsResource: ApiResource = {
  name: "Analytics",
  description: "Cash flow, spending by category, top merchants and net worth over a date range, in the user's home currency.",
  operations: [
    report("getCashFlow", "/analytics/cash-flow", "Money in and out per month", Report({ months: z.array(z.object({ month: Month, ...CashFlowFigures })), total: z.object(CashFlowFigures) }), getCashFlowReport),
    report(
      "getSpendingByCategory",
      "/analytics/categories",
      "Spending per top-level category",
      Report({ categories: z.array(z.object({ categoryId: Uuid.nullable(), name: z.string(), color: z.string().nullable(), amount: MinorUnits, lines: z.number().int() })), total: MinorUnits }),
      getCategoriesReport,
    ),
    report("getTopMerchants", "/analytics/merchants", "The merchants with the most spending", Report({ merchants: z.array(z.object({ merchant: z.string(), amount: MinorUnits, count: z.number().int() })) }), getMerchantsReport),
    report(
      "getNetWorth",
      "/analytics/net-worth",
      "Assets, liabilities and net worth at each month end",
      Report({ points: z.array(z.object({ month: Month, assets: MinorUnits, liabilities: MinorUnits, netWorth: MinorUnits })), unconverted: z.array(Currency).meta({ description: "Currencies without an exchange rate, left out" }) }),
      getNetWorthReport,
    ),
  ],
};
