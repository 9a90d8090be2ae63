import Link from "next/link";
import type { AuditEntryView } from "@/lib/audit/list-audit-log";

function entityLink(entry: AuditEntryView): string | null {
  if (!entry.entityId) return null;
  if (entry.entityType === "Transaction") return `/transactions/${entry.entityId}`;
  const after = entry.after as { transactionId?: unknown } | null;
  if (entry.entityType === "Correction" && typeof after?.transactionId === "string") return `/transactions/${after.transactionId}`;
  return null;
}

export function ActivityTable({ entries, locale }: { entries: AuditEntryView[]; locale: string }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-800">
          <tr><th scope="col" className="px-4 py-2">When</th><th scope="col" className="px-4 py-2">Action</th><th scope="col" className="px-4 py-2">Entity</th><th scope="col" className="px-4 py-2">Who</th><th scope="col" className="px-4 py-2">Before → after</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {entries.map((entry) => {
            const href = entityLink(entry);
            return (
              <tr key={entry.id} data-testid="activity-entry" className="align-top">
                <td className="whitespace-nowrap px-4 py-2 text-slate-600 dark:text-slate-400">{new Date(entry.createdAt).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</td>
                <td className="px-4 py-2 font-medium">{entry.action}</td>
                <td className="px-4 py-2">{href ? <Link href={href} className="text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">{entry.entityType}</Link> : entry.entityType}</td>
                <td className="px-4 py-2">{entry.actor}{entry.requestId ? <div className="text-xs text-slate-500">request {entry.requestId.slice(0, 8)}</div> : null}</td>
                <td className="max-w-md px-4 py-2 text-xs text-slate-600 dark:text-slate-400">
                  <details>
                    <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-brand-500">Show</summary>
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
