import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditEntryView } from "@/lib/audit/list-audit-log";
import { formatDateTime } from "@/lib/i18n/format-date";

function entityLink(entry: AuditEntryView): string | null {
  if (!entry.entityId) return null;
  if (entry.entityType === "Transaction") return `/transactions/${entry.entityId}`;
  const after = entry.after as { transactionId?: unknown } | null;
  if (entry.entityType === "Correction" && typeof after?.transactionId === "string") return `/transactions/${after.transactionId}`;
  return null;
}

export function ActivityTable({ entries, locale }: { entries: AuditEntryView[]; locale: string }) {
  const t = useTranslations("activity");
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-800">
          <tr><th scope="col" className="px-4 py-2">{t("when")}</th><th scope="col" className="px-4 py-2">{t("action")}</th><th scope="col" className="px-4 py-2">{t("entity")}</th><th scope="col" className="px-4 py-2">{t("who")}</th><th scope="col" className="px-4 py-2">{t("beforeAfter")}</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {entries.map((entry) => {
            const href = entityLink(entry);
            return (
              <tr key={entry.id} data-testid="activity-entry" className="align-top">
                <td className="whitespace-nowrap px-4 py-2 text-slate-600 dark:text-slate-400">{formatDateTime(entry.createdAt, locale)} UTC</td>
                <td className="px-4 py-2 font-medium">{entry.action}</td>
                <td className="px-4 py-2">{href ? <Link href={href} className="text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">{entry.entityType}</Link> : entry.entityType}</td>
                <td className="px-4 py-2">{entry.actor}{entry.requestId ? <div className="text-xs text-slate-500">{t("request", { id: entry.requestId.slice(0, 8) })}</div> : null}</td>
                <td className="max-w-md px-4 py-2 text-xs text-slate-600 dark:text-slate-400">
                  <details>
                    <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-brand-500">{t("show")}</summary>
                    <pre className="whitespace-pre-wrap break-all">{JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
