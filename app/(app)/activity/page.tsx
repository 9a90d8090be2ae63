import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAuditLog, parseAuditFilters } from "@/lib/audit/list-audit-log";
import { requirePageUser } from "@/lib/auth/current-user";
import { toErrorResponse } from "@/lib/errors";
import { localizeErrorBody } from "@/lib/i18n/localize-error-body";
import { ActivityTable } from "@/components/activity/activity-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

const FIELD = "block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const t = await getTranslations("activity");
  const params = await searchParams;
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")]));
  let error: string | null = null;
  let result: Awaited<ReturnType<typeof listAuditLog>> | null = null;
  try {
    result = await listAuditLog(user.id, parseAuditFilters(params));
  } catch (caught) {
    const { status, body } = toErrorResponse(caught);
    if (status !== 422) throw caught;
    error = (await localizeErrorBody(caught, body.error)).message;
  }
  const next = new URLSearchParams(Object.entries(values).filter(([k, v]) => k !== "cursor" && v !== ""));
  if (result?.nextCursor) next.set("cursor", result.nextCursor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <form method="get" action="/activity" aria-label={t("filter")} className="grid grid-cols-2 gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-5 dark:border-slate-800 dark:bg-slate-900">
        <div className="space-y-1"><label htmlFor="activity-action" className="block text-xs font-medium">{t("action")}</label>
          <select id="activity-action" name="action" defaultValue={values.action ?? ""} className={FIELD}><option value="">{t("allActions")}</option>{result?.actions.map((a) => <option key={a} value={a}>{a}</option>)}</select>
        </div>
        <div className="space-y-1"><label htmlFor="activity-entity" className="block text-xs font-medium">{t("entity")}</label>
          <select id="activity-entity" name="entityType" defaultValue={values.entityType ?? ""} className={FIELD}><option value="">{t("allEntities")}</option>{result?.entityTypes.map((e) => <option key={e} value={e}>{e}</option>)}</select>
        </div>
        <label className="space-y-1"><span className="text-xs font-medium">{t("from")}</span><input type="date" name="from" defaultValue={values.from ?? ""} className={FIELD} /></label>
        <label className="space-y-1"><span className="text-xs font-medium">{t("to")}</span><input type="date" name="to" defaultValue={values.to ?? ""} className={FIELD} /></label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500">{t("apply")}</button>
          <a href="/activity" className="rounded-lg px-3 py-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-800">{t("clear")}</a>
        </div>
      </form>
      {error ? <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">{t("invalidFilter", { error })}</p> : null}
      {result && result.items.length === 0 ? <p className="text-slate-600 dark:text-slate-400">{t("noMatches")}</p> : null}
      {result && result.items.length > 0 ? <ActivityTable entries={result.items} locale={user.locale} /> : null}
      {result?.nextCursor ? <Link href={`/activity?${next.toString()}`} className="inline-block rounded-lg border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700">{t("older")}</Link> : null}
    </div>
  );
}
