import { Button } from "@/components/ui/button";
import { DATE_RANGE_PRESETS, type DateRange } from "@/lib/analytics/resolve-date-range";
import { useTranslations } from "next-intl";

/** A plain GET form: works without JavaScript and leaves the range in the URL to share or bookmark. */
export function DateRangePicker({ range, error }: { range: DateRange; error?: string }) {
  const t = useTranslations("analytics");
  const field = "block rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";
  return (
    <form method="get" action="/analytics" className="flex flex-wrap items-end gap-3" aria-label={t("dateRange")}>
      <div className="space-y-1">
        <label htmlFor="range" className="block text-sm font-medium">{t("period")}</label>
        <select id="range" name="range" defaultValue={range.preset} className={field}>
          {DATE_RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>{t(`preset.${preset}`)}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="from" className="block text-sm font-medium">{t("from")}</label>
        <input id="from" name="from" type="date" defaultValue={range.start} className={field} aria-describedby="range-hint" />
      </div>
      <div className="space-y-1">
        <label htmlFor="to" className="block text-sm font-medium">{t("to")}</label>
        <input id="to" name="to" type="date" defaultValue={range.last} className={field} aria-describedby="range-hint" />
      </div>
      <Button type="submit">{t("apply")}</Button>
      <p id="range-hint" className="w-full text-xs text-slate-600 dark:text-slate-400">{t("customHint")}</p>
      {error ? <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </form>
  );
}
