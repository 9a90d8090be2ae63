import type { Metadata } from "next";
import Link from "next/link";
import { ReviewPairCard } from "@/components/sync/review-pair-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { listReviewItems } from "@/lib/sync/review-items";
import { resolveReviewAction, undoMergeAction } from "./actions";

export const metadata: Metadata = { title: "Review duplicates" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const user = await requirePageUser();
  const { pending, pendingTotal, recentMerges } = await listReviewItems(user.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Review duplicates"
        description="When a bank sync or a statement import brings a transaction that looks like one you already have, but not certainly, we ask you instead of merging. Merged rows are hidden, never deleted, and every merge can be undone."
      />
      <Card title={pendingTotal === 0 ? "Nothing to review" : `${pendingTotal} ${pendingTotal === 1 ? "pair" : "pairs"} to review`}>
        {pending.length === 0 ? (
          <EmptyState title="Every possible duplicate has been decided.">
            New ones appear here after a sync or an import finds them. <Link href="/accounts" className="text-brand-700 underline dark:text-brand-300">See your connections</Link>
          </EmptyState>
        ) : (
          <div className="space-y-4">
            {pendingTotal > pending.length ? <p className="text-sm text-slate-600 dark:text-slate-300">Showing the oldest {pending.length}; decide these to see the rest.</p> : null}
            {pending.map((pair) => (
              <ReviewPairCard key={pair.id} pair={pair} locale={user.locale} mode="review" resolve={resolveReviewAction} undo={undoMergeAction} />
            ))}
          </div>
        )}
      </Card>
      <Card title="Recent merges">
        {recentMerges.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">No merged transactions yet.</p>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-600 dark:text-slate-300">Merged automatically or by you. Undo one to show both transactions again.</p>
            {recentMerges.map((pair) => (
              <ReviewPairCard key={pair.id} pair={pair} locale={user.locale} mode="merged" resolve={resolveReviewAction} undo={undoMergeAction} />
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
