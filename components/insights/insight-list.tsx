import type { Insight } from "@/lib/insights/insight";
import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";

const TONE_CLASS: Record<Insight["tone"], string> = {
  warning: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950",
  positive: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950",
  neutral: "border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
};

export function InsightList({ insights }: { insights: Insight[] }) {
  const t = useTranslations("insights");
  const explainText = useExplain();
  return (
    <ul className="space-y-4" data-testid="insights">
      {insights.map((insight) => (
        <li key={insight.id} className={`rounded-2xl border p-5 ${TONE_CLASS[insight.tone]}`}>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-700 dark:text-slate-300">{t(`tone.${insight.tone}`)}</p>
          <h2 className="mt-1 text-base font-semibold">{explainText(insight.message, insight.title)}</h2>
          {insight.details.length > 0 ? (
            <ul className="mt-2 list-inside list-disc text-sm text-slate-700 dark:text-slate-300">
              {insight.details.map((line, index) => <li key={line}>{explainText(insight.detailMessages[index], line)}</li>)}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
