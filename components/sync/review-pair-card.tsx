"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/http/action-result";
import { formatMoney } from "@/lib/money";
import type { ReviewPair, ReviewSide } from "@/lib/sync/review-items";

type Resolve = (mergeId: string, decision: string) => Promise<ActionResult<{ status: "merged" | "rejected" }>>;
type Undo = (mergeId: string) => Promise<ActionResult<null>>;

const KIND_TEXT: Record<string, string> = {
  duplicate: "The same bank may have sent one transaction twice",
  pending_to_posted: "A pending transaction may have posted under a new id",
  cross_source: "A statement import and a bank sync may hold the same transaction",
};

const SOURCE_TEXT: Record<string, string> = { sync: "bank sync", import: "statement import", manual: "entered by hand", scheduled: "scheduled" };

function Side({ side, heading, locale }: { side: ReviewSide; heading: string; locale: string }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${side.date}T00:00:00Z`));
  return (
    <div className="min-w-0 flex-1 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="review-side">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{heading}</h4>
      <p className="mt-1 break-words font-medium">{side.merchantName ?? side.description}</p>
      {side.merchantName ? <p className="break-words text-xs text-slate-500">{side.description}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">Amount</dt>
        <dd className="font-medium tabular-nums">{formatMoney({ amount: side.amount, currency: side.currency }, locale)}</dd>
        <dt className="text-slate-500">Date</dt>
        <dd>{date}</dd>
        <dt className="text-slate-500">Account</dt>
        <dd className="break-words">{side.institutionName ? `${side.accountName} · ${side.institutionName}` : side.accountName}</dd>
        <dt className="text-slate-500">From</dt>
        <dd>
          {SOURCE_TEXT[side.source] ?? side.source}
          {side.pending ? ", pending" : ""}
          {side.removed ? ", no longer listed by the bank" : ""}
        </dd>
      </dl>
    </div>
  );
}

/** One dedup pair: both rows side by side, the score and the reasons, and the user's choices. */
export function ReviewPairCard({ pair, locale, mode, resolve, undo }: { pair: ReviewPair; locale: string; mode: "review" | "merged"; resolve: Resolve; undo: Undo }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const title = pair.survivor.merchantName ?? pair.survivor.description;

  function run(work: () => Promise<ActionResult<unknown>>) {
    setError(null);
    startTransition(async () => {
      const result = await work();
      if (!result.ok) setError(result.error.message);
      router.refresh();
    });
  }

  return (
    <article aria-label={`${mode === "review" ? "Possible duplicate" : "Merged"}: ${title}`} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid={mode === "review" ? "review-item" : "merged-item"}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">{KIND_TEXT[pair.kind] ?? "These may be the same transaction"}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Match score <span className="font-semibold tabular-nums" data-testid="review-score">{Math.round(pair.score * 100)}%</span>
        </p>
      </div>
      <div className="mt-3 flex flex-col gap-3 sm:flex-row">
        <Side side={pair.survivor} heading={mode === "review" ? "Stays" : "Kept"} locale={locale} />
        <Side side={pair.merged} heading={mode === "review" ? "Would be hidden" : "Hidden behind it"} locale={locale} />
      </div>
      <div className="mt-3">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Why they look alike</p>
        <ul className="mt-1 list-inside list-disc text-sm text-slate-700 dark:text-slate-200" data-testid="review-reasons">
          {pair.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {mode === "review" ? (
          <>
            <Button type="button" disabled={pending} aria-busy={pending} onClick={() => run(() => resolve(pair.id, "merge"))}>
              Merge
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => resolve(pair.id, "keep_both"))}>
              Keep both
            </Button>
          </>
        ) : (
          <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => run(() => undo(pair.id))}>
            Undo merge
          </Button>
        )}
      </div>
      <div className="mt-2">
        <FormError message={error} />
      </div>
    </article>
  );
}
