import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReviewPairCard } from "@/components/sync/review-pair-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { listReviewItems } from "@/lib/sync/review-items";
import { resolveReviewAction, undoMergeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const t = await getTranslations("review");
  const user = await requirePageUser();
  const { pending, pendingTotal, recentMerges } = await listReviewItems(user.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <Card title={pendingTotal === 0 ? t("nothingToReview") : t("pairsToReview", { count: pendingTotal })}>
        {pending.length === 0 ? (
          <EmptyState title={t("allDecided")}>
            {t("newAppearHere")} <Link href="/accounts" className="text-brand-700 underline dark:text-brand-300">{t("seeConnections")}</Link>
          </EmptyState>
        ) : (
          <div className="space-y-4">
            {pendingTotal > pending.length ? <p className="text-sm text-slate-600 dark:text-slate-300">{t("showingOldest", { count: pending.length })}</p> : null}
            {pending.map((pair) => (
              <ReviewPairCard key={pair.id} pair={pair} locale={user.locale} mode="review" resolve={resolveReviewAction} undo={undoMergeAction} />
            ))}
          </div>
        )}
      </Card>
      <Card title={t("recentMerges")}>
        {recentMerges.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("noMerges")}</p>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-600 dark:text-slate-300">{t("mergedHint")}</p>
            {recentMerges.map((pair) => (
              <ReviewPairCard key={pair.id} pair={pair} locale={user.locale} mode="merged" resolve={resolveReviewAction} undo={undoMergeAction} />
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
