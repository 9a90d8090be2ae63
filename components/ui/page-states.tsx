"use client";

import { Button } from "./button";

/** The body of every segment's loading.tsx: a labelled placeholder instead of a blank page. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-6" data-testid="page-loading">
      <span className="sr-only">Loading {label}…</span>
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
export function PageError({ what, digest, reset }: { what: string; digest?: string; reset: () => void }) {
  return (
    <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950">
      <h1 className="text-lg font-semibold text-red-900 dark:text-red-100">We couldn't load {what}</h1>
      <p className="mt-1 text-sm text-red-800 dark:text-red-200">
        Something went wrong on our side. Try again; if it keeps happening, quote this reference: <code>{digest ?? "none"}</code>.
      </p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
