import Link from "next/link";
import type { ImportJobView } from "@/lib/import-jobs/import-job-view";
import { formatDateTime } from "@/lib/i18n/format-date";
import { FORMAT_TEXT } from "./import-job-labels";
import { useLocale, useTranslations } from "next-intl";

export function ImportJobsTable({ jobs }: { jobs: ImportJobView[] }) {
  const t = useTranslations("imports");
  const locale = useLocale();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="import-jobs">
        <thead className="text-xs text-slate-600 uppercase dark:text-slate-400">
          <tr><th className="py-2 pr-4">{t("file")}</th><th className="py-2 pr-4">{t("account")}</th><th className="py-2 pr-4">{t("statusHeading")}</th><th className="py-2 pr-4 text-right">{t("imported")}</th><th className="py-2 pr-4 text-right">{t("alreadyThere")}</th><th className="py-2 pr-4 text-right">{t("merged")}</th><th className="py-2 text-right">{t("setAside")}</th></tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-2 pr-4">
                <Link href={`/imports/${job.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100">{job.fileName}</Link>
                <span className="ml-2 text-xs text-slate-500">{FORMAT_TEXT[job.format]} · {formatDateTime(job.createdAt, locale)}</span>
              </td>
              <td className="py-2 pr-4">{job.accountName ?? "—"}</td>
              <td className="py-2 pr-4">{t(`status.${job.status}`)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{job.importedRows}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{job.duplicateRows}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{job.mergedRows}</td>
              <td className="py-2 text-right tabular-nums">{job.rejectedRows}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
