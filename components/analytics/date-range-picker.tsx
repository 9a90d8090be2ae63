import { Button } from "@/components/ui/button";
import { DATE_RANGE_LABELS, DATE_RANGE_PRESETS, type DateRange } from "@/lib/analytics/resolve-date-range";

/** A plain GET form: works without JavaScript and leaves the range in the URL to share or bookmark. */
export function DateRangePicker({ range, error }: { range: DateRange; error?: string }) {
  const field = "block rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";
  return (
    <form method="get" action="/analytics" className="flex flex-wrap items-end gap-3" aria-label="Date range">
      <div className="space-y-1">
        <label htmlFor="range" className="block text-sm font-medium">Period</label>
        <select id="range" name="range" defaultValue={range.preset} className={field}>
          {DATE_RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>{DATE_RANGE_LABELS[preset]}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="from" className="block text-sm font-medium">From</label>
        <input id="from" name="from" type="date" defaultValue={range.start} className={field} aria-describedby="range-hint" />
      </div>
      <div className="space-y-1">
        <label htmlFor="to" className="block text-sm font-medium">To</label>
        <input id="to" name="to" type="date" defaultValue={range.last} className={field} aria-describedby="range-hint" />
      </div>
      <Button type="submit">Apply</Button>
      <p id="range-hint" className="w-full text-xs text-slate-600 dark:text-slate-400">From and To are used when the period is Custom.</p>
      {error ? <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </form>
  );
}
