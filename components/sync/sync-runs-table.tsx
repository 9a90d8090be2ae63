import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { ConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";

function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const TRIGGERS = ["schedule", "manual", "link", "api"] as const;

function isTrigger(value: string): value is (typeof TRIGGERS)[number] {
  return (TRIGGERS as readonly string[]).includes(value);
}

export function SyncRunsTable({ runs, locale }: { runs: ConnectionSyncStatus["runs"]; locale: string }) {
  const t = useTranslations("sync");
  if (runs.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t("noSyncs")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("recentSyncs")}</caption>
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("col.started")}</th>
            <th scope="col" className="py-2 pr-3">{t("col.trigger")}</th>
            <th scope="col" className="py-2 pr-3">{t("col.status")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("col.added")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("col.modified")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("col.removed")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("col.merged")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("col.quarantined")}</th>
            <th scope="col" className="py-2 text-right">{t("col.duration")}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} className="border-t border-slate-200 align-top dark:border-slate-800" data-testid="sync-run">
              <td className="py-2 pr-3">{formatDateTime(run.startedAt, locale)}</td>
              <td className="py-2 pr-3">{isTrigger(run.trigger) ? t(`trigger.${run.trigger}`) : run.trigger}</td>
              <td className="py-2 pr-3">
                <span className={run.status === "failed" ? "font-medium text-red-700 dark:text-red-300" : ""}>{t(`status.${run.status}`)}</span>
                {run.error ? <p className="mt-1 max-w-xs text-xs text-slate-600 dark:text-slate-300">{run.error}</p> : null}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{run.added}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{run.modified}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{run.removed}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{run.merged}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{run.quarantined}</td>
              <td className="py-2 text-right tabular-nums">{formatDuration(run.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
