import type { ReactNode } from "react";

/** A labelled headline figure; `tone` colours the value, never as the only signal (the sign is in the text). */
export function Stat({ label, value, hint, tone = "neutral", testId }: { label: string; value: string; hint?: ReactNode; tone?: "neutral" | "positive" | "negative"; testId?: string }) {
  const colour = tone === "positive" ? "text-emerald-700 dark:text-emerald-400" : tone === "negative" ? "text-red-700 dark:text-red-400" : "";
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={`mt-1 text-2xl font-semibold tabular-nums ${colour}`} data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{hint}</dd> : null}
    </div>
  );
}
