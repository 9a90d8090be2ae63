import type { Metadata } from "next";
import { InsightList } from "@/components/insights/insight-list";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { loadAnalyticsScope } from "@/lib/analytics/analytics-scope";
import { requirePageUser } from "@/lib/auth/current-user";
import { getInsights } from "@/lib/insights/get-insights";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage() {
  const user = await requirePageUser();
  const scope = await loadAnalyticsScope(user.id);
  const insights = await getInsights(scope);
  return (
    <div className="space-y-6">
      <PageHeader title="Insights" description="Findings worked out from your own transactions, with the numbers behind each. Nothing leaves Fathom to compute them." />
      {insights.length === 0 ? (
        <EmptyState title="No findings yet" actions={<><LinkButton href="/accounts" variant="primary">Link a bank</LinkButton><LinkButton href="/analytics">Open analytics</LinkButton></>}>
          Insights compare months with each other, so they need a few months of transactions. Link a bank or import statements to bring in your history.
        </EmptyState>
      ) : (
        <InsightList insights={insights} />
      )}
    </div>
  );
}
