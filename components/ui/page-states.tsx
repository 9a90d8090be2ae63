"use client";

import { useTranslations } from "next-intl";
import type { Messages } from "@/lib/i18n/load-messages";
import { Button } from "./button";

/** What failed or is loading, as a key of the "pageStates" messages ("yourOverview"). */
export type PageSubject = Exclude<keyof Messages["pageStates"], "loading" | "errorTitle" | "errorBody" | "none" | "tryAgain">;

/** The body of every segment's loading.tsx: a labelled placeholder instead of a blank page. */
export function PageLoading({ label }: { label: PageSubject }) {
  const t = useTranslations("pageStates");
  return (
    <div role="status" aria-live="polite" className="space-y-6" data-testid="page-loading">
      <span className="sr-only">{t("loading", { what: t(label) })}</span>
      <div className="h-8 w-48 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-6 md:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-48 animate-pulse rounded-2xl bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
    </div>
  );
}

/** The body of every segment's error.tsx: says what failed, offers a retry, leaks nothing internal. */
export function PageError({ what, digest, reset }: { what: PageSubject; digest?: string; reset: () => void }) {
  const t = useTranslations("pageStates");
  return (
    <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950">
      <h1 className="text-lg font-semibold text-red-900 dark:text-red-100">{t("errorTitle", { what: t(what) })}</h1>
      <p className="mt-1 text-sm text-red-800 dark:text-red-200">
        {t("errorBody")} <code>{digest ?? t("none")}</code>.
      </p>
      <Button className="mt-4" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </div>
  );
}
