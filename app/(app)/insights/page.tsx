import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InsightList } from "@/components/insights/insight-list";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { requirePageUser } from "@/lib/auth/current-user";
import { getInsights } from "@/lib/insights/get-insights";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights"))("title") };
}

export default async function InsightsPage() {
  const t = await getTranslations("insights");
  const user = await requirePageUser();
  const scope = await loadAnalyticsScope(user.id);
  const insights = await getInsights(scope);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {insights.length === 0 ? (
        <EmptyState title={t("emptyTitle")} actions={<><LinkButton href="/accounts" variant="primary">{t("linkBank")}</LinkButton><LinkButton href="/analytics">{t("openAnalytics")}</LinkButton></>}>
          {t("emptyBody")}
        </EmptyState>
      ) : (
        <InsightList insights={insights} />
      )}
    </div>
  );
}
