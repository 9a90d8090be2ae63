import type { ConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";

function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

const STATUS_LABEL = { running: "Running", succeeded: "Succeeded", failed: "Failed" } as const;

export function SyncRunsTable({ runs, locale }: { runs: ConnectionSyncStatus["runs"]; locale: string }) {
  if (runs.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No syncs yet.</p>;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Recent syncs</caption>
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">Started</th>
            <th scope="col" className="py-2 pr-3">Trigger</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3 text-right">Added</th>
            <th scope="col" className="py-2 pr-3 text-right">Modified</th>
            <th scope="col" className="py-2 pr-3 text-right">Removed</th>
            <th scope="col" className="py-2 pr-3 text-right">Merged</th>
            <th scope="col" className="py-2 pr-3 text-right">Quarantined</th>
            <th scope="col" className="py-2 text-right">Duration</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} className="border-t border-slate-200 align-top dark:border-slate-800" data-testid="sync-run">
              <td className="py-2 pr-3">{time.format(run.startedAt)}</td>
              <td className="py-2 pr-3">{run.trigger}</td>
              <td className="py-2 pr-3">
                <span className={run.status === "failed" ? "font-medium text-red-700 dark:text-red-300" : ""}>{STATUS_LABEL[run.status]}</span>
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
