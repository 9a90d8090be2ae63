"use client";

import { useEffect, useState } from "react";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { ImportJobView } from "@/lib/import-jobs/import-job-view";
import { describeRejection } from "@/lib/imports/describe-rejection";
import { useTranslations } from "next-intl";

const POLL_MS = 1_000;

/** Polls the job while it runs; the page can be left and reopened from the imports list at any time. */
export function ImportJobStatus({ initial }: { initial: ImportJobView }) {
  const t = useTranslations("imports");
  const tr = useTranslations("rejections");
  const [job, setJob] = useState(initial);
  const [pollError, setPollError] = useState<string | null>(null);
  const active = job.status === "pending" || job.status === "running";
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/imports/${job.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`status ${response.status}`);
        setJob(((await response.json()) as { job: ImportJobView }).job);
        setPollError(null);
      } catch {
        setPollError(t("pollError"));
        setJob((current) => ({ ...current }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [active, job]);
  const percent = job.totalRows ? Math.round((job.processedRows / job.totalRows) * 100) : 100;
  return (
    <div className="space-y-6">
      <Card title={t("statusHeading")}>
        <p className="text-lg font-semibold" data-testid="import-status" aria-live="polite">{t(`status.${job.status}`)}</p>
        <div className="mt-3 h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-label={t("progress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("rowsProcessed", { processed: job.processedRows, total: job.totalRows })}</p>
        <FormError message={job.error ?? pollError} />
        <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <div><dt className="text-slate-600 dark:text-slate-400">{t("imported")}</dt><dd className="text-xl font-semibold tabular-nums" data-testid="imported-rows">{job.importedRows}</dd></div>
          <div><dt className="text-slate-600 dark:text-slate-400">{t("alreadyThere")}</dt><dd className="text-xl font-semibold tabular-nums" data-testid="duplicate-rows">{job.duplicateRows}</dd></div>
          <div><dt className="text-slate-600 dark:text-slate-400">{t("mergedWithSynced")}</dt><dd className="text-xl font-semibold tabular-nums" data-testid="merged-rows">{job.mergedRows}</dd></div>
          <div><dt className="text-slate-600 dark:text-slate-400">{t("setAside")}</dt><dd className="text-xl font-semibold tabular-nums" data-testid="rejected-rows">{job.rejectedRows}</dd></div>
        </dl>
      </Card>
      {job.rejections.length ? (
        <Card title={t("rowsSetAside")}>
          <table className="w-full text-left text-sm" data-testid="rejections">
            <thead className="text-xs text-slate-600 uppercase dark:text-slate-400"><tr><th className="py-1 pr-4">{t("line")}</th><th className="py-1">{t("reason")}</th></tr></thead>
            <tbody>
              {job.rejections.map((r) => (
                <tr key={`${r.line}-${r.reason}`} className="border-t border-slate-200 dark:border-slate-800"><td className="py-1 pr-4 tabular-nums">{r.line}</td><td className="py-1">{describeRejection(r, tr)}</td></tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
    </div>
  );
}
