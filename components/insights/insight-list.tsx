import type { Insight } from "@/lib/insights/insight";

const TONE: Record<Insight["tone"], { label: string; className: string }> = {
  warning: { label: "Worth a look", className: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950" },
  positive: { label: "Good news", className: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950" },
  neutral: { label: "For your information", className: "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" },
};

export function InsightList({ insights }: { insights: Insight[] }) {
  return (
    <ul className="space-y-4" data-testid="insights">
      {insights.map((insight) => (
        <li key={insight.id} className={`rounded-2xl border p-5 ${TONE[insight.tone].className}`}>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-700 dark:text-slate-300">{TONE[insight.tone].label}</p>
          <h2 className="mt-1 text-base font-semibold">{insight.title}</h2>
          {insight.details.length > 0 ? (
            <ul className="mt-2 list-inside list-disc text-sm text-slate-700 dark:text-slate-300">
              {insight.details.map((line) => <li key={line}>{line}</li>)}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
