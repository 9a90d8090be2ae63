import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuarantinedRecordsList } from "@/components/sync/quarantined-records-list";
import { RefreshWhileSyncing } from "@/components/sync/refresh-while-syncing";
import { SyncNowButton } from "@/components/sync/sync-now-button";
import { SyncRunsTable } from "@/components/sync/sync-runs-table";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format-date";
import { parseIdParam } from "@/lib/http/uuid-param";
import { getConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";
import { countReviewItems } from "@/lib/sync/review-items";
import { syncNowAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connection"))("title") };
}
export const dynamic = "force-dynamic";

async function load(userId: string, connectionId: string) {
  try {
    return await getConnectionSyncStatus(userId, parseIdParam(connectionId, "Connection"));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ConnectionPage({ params }: { params: Promise<{ connectionId: string }> }) {
  const t = await getTranslations("connection");
  const user = await requirePageUser();
  const { connectionId } = await params;
  const connection = await load(user.id, connectionId);
  const toReview = await countReviewItems(user.id, { connectionId: connection.id });
  const time = (value: Date) => formatDateTime(value, user.locale);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/accounts" className="text-sm text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-300">
          {t("backToAccounts")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{connection.institutionName}</h1>
      </div>
      <Card title={t("sync")}>
        <dl className="grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">{t("statusLabel")}</dt>
            <dd className="font-medium" data-testid="connection-status">{t(`status.${connection.status}`)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("lastSync")}</dt>
            <dd data-testid="last-sync">{connection.lastSyncAt ? time(connection.lastSyncAt) : t("never")}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("nextSync")}</dt>
            <dd>{connection.status === "active" && connection.nextSyncAt ? time(connection.nextSyncAt) : t("notScheduled")}</dd>
          </div>
        </dl>
        {connection.runs[0]?.status === "running" ? <RefreshWhileSyncing /> : null}
        {connection.lastError ? (
          <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
            {connection.lastError}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap items-start gap-4">
          {connection.status === "active" || connection.status === "error" ? <SyncNowButton connectionId={connection.id} action={syncNowAction} /> : null}
          {connection.status === "reauth_required" ? (
            <Link
              href={`/accounts?relink=${connection.id}`}
              className="inline-flex items-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
            >
              {t("relink")}
            </Link>
          ) : null}
        </div>
      </Card>
      <Card title={t("possibleDuplicates")}>
        {toReview === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="review-count">
            {t("nothingToReview")}
          </p>
        ) : (
          <p className="text-sm" data-testid="review-count">
            {t("pairsLookAlike", { count: toReview })}{" "}
            <Link href="/review" className="font-medium text-brand-700 underline hover:no-underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-300">
              {t("reviewThem", { count: toReview })}
            </Link>
          </p>
        )}
      </Card>
      <Card title={t("recentSyncs")}>
        <SyncRunsTable runs={connection.runs} locale={user.locale} />
      </Card>
      <Card title={t("recordsSetAside")}>
        <QuarantinedRecordsList records={connection.quarantined} total={connection.quarantinedTotal} locale={user.locale} />
      </Card>
    </div>
  );
}
