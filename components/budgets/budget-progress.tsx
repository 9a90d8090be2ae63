import Link from "next/link";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import type { BudgetOverview } from "@/lib/budgets/list-budgets";
import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";

/** One budget's current period: spent, remaining, a progress bar and the pace sentence. */
export function BudgetProgress({ overview, locale, link = true }: { overview: BudgetOverview; locale: string; link?: boolean }) {
  const t = useTranslations("budgets");
  const explainText = useExplain();
  const { budget, status, pace } = overview;
  const fmt = (amount: number) => formatMoney({ amount, currency: status.currency }, locale);
  const percent = status.percentUsedBasisPoints === null ? (status.spent > 0 ? 100 : 0) : status.percentUsedBasisPoints / 100;
  const bar = percent >= 100 ? "bg-red-600" : percent >= 80 ? "bg-amber-500" : "bg-emerald-600";
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="budget-card" aria-label={budget.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">
          {link ? <Link href={`/budgets/${budget.id}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">{budget.name}</Link> : budget.name}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("periodRange", { start: formatDate(status.period.start, locale), end: formatDate(status.period.end, locale) })} · {t("period", { period: budget.period })}
        </p>
      </div>
      <div
        role="progressbar"
        aria-label={t("spentLabel", { name: budget.name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(percent))}
        aria-valuetext={t("percentUsed", { percent: Math.floor(percent) })}
        className="mt-3 h-3 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={`h-full ${bar}`} style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
        <div><dt className="text-slate-600 dark:text-slate-400">{t("spent")}</dt><dd className="font-medium" data-testid="budget-spent">{fmt(status.spent)}</dd></div>
        <div><dt className="text-slate-600 dark:text-slate-400">{status.remaining < 0 ? t("overBy") : t("remaining")}</dt><dd className={`font-medium ${status.remaining < 0 ? "text-red-700 dark:text-red-400" : ""}`}>{fmt(Math.abs(status.remaining))}</dd></div>
        <div><dt className="text-slate-600 dark:text-slate-400">{t("used")}</dt><dd className="font-medium">{t("percentOf", { percent: Math.floor(percent), total: fmt(status.available) })}</dd></div>
      </dl>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300" data-testid="budget-pace">{explainText(pace.message, pace.sentence)}</p>
    </section>
  );
}
