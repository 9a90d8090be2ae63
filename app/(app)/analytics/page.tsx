import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CashFlowPanel, CategoryTrendPanel, ComparisonPanel, IncomeExpensesPanel, MerchantDetailPanel, MerchantsPanel, NetWorthPanel } from "@/components/analytics/analytics-panels";
import { DateRangePicker } from "@/components/analytics/date-range-picker";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/i18n/format-date";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { getCashFlowReport, getCategoryTrendReport, getComparisonReport, getMerchantReport, getMerchantsReport, getNetWorthReport } from "@/lib/analytics/get-analytics-report";
import { DateRangeInput, resolveDateRange } from "@/lib/analytics/resolve-date-range";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeZodError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analytics"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations("analytics");
  const user = await requirePageUser();
  const scope = await loadAnalyticsScope(user.id);
  const search = await searchParams;
  const query = { range: first(search.range), from: first(search.from) || undefined, to: first(search.to) || undefined };
  // A bad range falls back to the default and says why, rather than failing the page.
  const parsed = DateRangeInput.safeParse(query);
  const range = resolveDateRange(parsed.success ? parsed.data : {}, scope.today);
  const merchant = first(search.merchant)?.trim().slice(0, 200);
  const month = range.last.slice(0, 7);
  const [cashFlow, categoryTrend, comparison, netWorth, merchants, merchantDetail] = await Promise.all([
    getCashFlowReport(scope, range),
    getCategoryTrendReport(scope, range),
    getComparisonReport(scope, month),
    getNetWorthReport(scope, range),
    getMerchantsReport(scope, range),
    merchant ? getMerchantReport(scope, range, merchant) : Promise.resolve(null),
  ]);
  const queryString = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string")).toString();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { label: t(`preset.${range.preset}`), start: formatDate(range.start, scope.locale), last: formatDate(range.last, scope.locale), currency: scope.currency })} />
      <DateRangePicker range={range} error={parsed.success ? undefined : describeZodError(parsed.error)} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2"><CategoryTrendPanel report={categoryTrend} locale={scope.locale} /></div>
        <IncomeExpensesPanel report={cashFlow} locale={scope.locale} />
        <CashFlowPanel report={cashFlow} locale={scope.locale} />
        <div className="lg:col-span-2"><ComparisonPanel report={comparison} locale={scope.locale} /></div>
        <NetWorthPanel report={netWorth} locale={scope.locale} />
        <MerchantsPanel report={merchants} locale={scope.locale} query={queryString} />
        {merchantDetail ? <div className="lg:col-span-2"><MerchantDetailPanel report={merchantDetail} locale={scope.locale} /></div> : null}
      </div>
    </div>
  );
}
