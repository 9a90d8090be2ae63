import type { ConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";

export function QuarantinedRecordsList({ records, total, locale }: { records: ConnectionSyncStatus["quarantined"]; total: number; locale: string }) {
  if (records.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">Every record the bank sent could be read.</p>;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {total === 1 ? "1 record was" : `${total} records were`} set aside because they could not be read. The rest of each sync went ahead.
      </p>
      <ul className="space-y-2">
        {records.map((record) => (
          <li key={record.id} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950" data-testid="quarantined-record">
            <p className="font-medium">{record.reason}</p>
            <p className="mt-1 break-all font-mono text-xs text-slate-600 dark:text-slate-300">{record.preview}</p>
            <p className="mt-1 text-xs text-slate-500">{time.format(record.createdAt)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
