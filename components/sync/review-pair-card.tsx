"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useExplain } from "@/components/i18n/use-explain";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/http/action-result";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import type { ReviewPair, ReviewSide } from "@/lib/sync/review-items";

type Resolve = (mergeId: string, decision: string) => Promise<ActionResult<{ status: "merged" | "rejected" }>>;
type Undo = (mergeId: string) => Promise<ActionResult<null>>;

const KINDS = ["duplicate", "pending_to_posted", "cross_source"] as const;
const SOURCES = ["sync", "import", "manual", "scheduled"] as const;

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function Side({ side, heading, locale }: { side: ReviewSide; heading: string; locale: string }) {
  const t = useTranslations("sync");
  const date = formatDate(side.date, locale);
  return (
    <div className="min-w-0 flex-1 rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="review-side">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{heading}</h4>
      <p className="mt-1 break-words font-medium">{side.merchantName ?? side.description}</p>
      {side.merchantName ? <p className="break-words text-xs text-slate-500">{side.description}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">{t("amount")}</dt>
        <dd className="font-medium tabular-nums">{formatMoney({ amount: side.amount, currency: side.currency }, locale)}</dd>
        <dt className="text-slate-500">{t("date")}</dt>
        <dd>{date}</dd>
        <dt className="text-slate-500">{t("account")}</dt>
        <dd className="break-words">{side.institutionName ? `${side.accountName} · ${side.institutionName}` : side.accountName}</dd>
        <dt className="text-slate-500">{t("from")}</dt>
        <dd>
          {oneOf(SOURCES, side.source) ? t(`source.${side.source}`) : side.source}
          {side.pending ? t("pendingSuffix") : ""}
          {side.removed ? t("removedSuffix") : ""}
        </dd>
      </dl>
    </div>
  );
}

/** One dedup pair: both rows side by side, the score and the reasons, and the user's choices. */
export function ReviewPairCard({ pair, locale, mode, resolve, undo }: { pair: ReviewPair; locale: string; mode: "review" | "merged"; resolve: Resolve; undo: Undo }) {
  const t = useTranslations("sync");
  const explainText = useExplain();
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
    <article aria-label={mode === "review" ? t("possibleDuplicateLabel", { title }) : t("mergedLabel", { title })} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid={mode === "review" ? "review-item" : "merged-item"}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">{oneOf(KINDS, pair.kind) ? t(`kind.${pair.kind}`) : t("kind.other")}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t("matchScore")} <span className="font-semibold tabular-nums" data-testid="review-score">{Math.round(pair.score * 100)}%</span>
        </p>
      </div>
      <div className="mt-3 flex flex-col gap-3 sm:flex-row">
        <Side side={pair.survivor} heading={mode === "review" ? t("stays") : t("kept")} locale={locale} />
        <Side side={pair.merged} heading={mode === "review" ? t("wouldBeHidden") : t("hiddenBehind")} locale={locale} />
      </div>
      <div className="mt-3">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("whyAlike")}</p>
        <ul className="mt-1 list-inside list-disc text-sm text-slate-700 dark:text-slate-200" data-testid="review-reasons">
          {pair.reasons.map((reason, index) => (
            <li key={reason}>{explainText(pair.reasonMessages[index], reason)}</li>
          ))}
        </ul>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {mode === "review" ? (
          <>
            <Button type="button" disabled={pending} aria-busy={pending} onClick={() => run(() => resolve(pair.id, "merge"))}>
              {t("merge")}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => resolve(pair.id, "keep_both"))}>
              {t("keepBoth")}
            </Button>
          </>
        ) : (
          <Button type="button" variant="secondary" disabled={pending} aria-busy={pending} onClick={() => run(() => undo(pair.id))}>
            {t("undoMerge")}
          </Button>
        )}
      </div>
      <div className="mt-2">
        <FormError message={error} />
      </div>
    </article>
  );
}
