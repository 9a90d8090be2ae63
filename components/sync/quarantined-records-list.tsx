import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format-date";
import { describeRejection } from "@/lib/imports/describe-rejection";
import type { ConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";

export function QuarantinedRecordsList({ records, total, locale }: { records: ConnectionSyncStatus["quarantined"]; total: number; locale: string }) {
  const t = useTranslations("sync");
  const tr = useTranslations("rejections");
  if (records.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t("allRecordsRead")}</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t("quarantinedSummary", { count: total })}
      </p>
      <ul className="space-y-2">
        {records.map((record) => (
          <li key={record.id} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950" data-testid="quarantined-record">
            <p className="font-medium">{describeRejection(record, tr, "sync.")}</p>
            <p className="mt-1 break-all font-mono text-xs text-slate-600 dark:text-slate-300">{record.preview}</p>
            <p className="mt-1 text-xs text-slate-500">{formatDateTime(record.createdAt, locale)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
