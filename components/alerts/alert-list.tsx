"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { formatDateTime } from "@/lib/i18n/format-date";
import { announceUnreadCount } from "./alert-events";
import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";
import type { ExplainMessage } from "@/lib/i18n/explain-message";

export interface AlertItem {
  id: string;
  title: string;
  message: string;
  titleMessage?: ExplainMessage | null;
  messageMessage?: ExplainMessage | null;
  budgetId: string | null;
  readAt: string | null;
  createdAt: string;
}

export function AlertList({ alerts, locale }: { alerts: AlertItem[]; locale: string }) {
  const t = useTranslations("alerts");
  const explainText = useExplain();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function markRead(body: { ids: string[] } | { all: true }) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/alerts/read", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await response.json()) as { unread?: number; error?: { message: string } };
      if (!response.ok) throw new Error(json.error?.message ?? t("markReadFailed"));
      announceUnreadCount(json.unread ?? 0);
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : t("markReadFailed"));
    } finally {
      setBusy(false);
    }
  }

  if (alerts.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>;
  const unread = alerts.filter((a) => !a.readAt).length;
  return (
    <div className="space-y-4">
      <FormError message={error} />
      <div className="flex items-center justify-between">
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("unread", { count: unread })}</p>
        <Button variant="secondary" disabled={busy || unread === 0} onClick={() => markRead({ all: true })}>
          {t("markAllRead")}
        </Button>
      </div>
      <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900" aria-label={t("title")}>
        {alerts.map((alert) => (
          <li key={alert.id} className="flex flex-wrap items-start justify-between gap-3 p-4" data-testid="alert-item" data-read={alert.readAt ? "true" : "false"}>
            <div>
              <p className={`text-sm ${alert.readAt ? "text-slate-600 dark:text-slate-400" : "font-semibold"}`}>
                {alert.readAt ? null : (
                  <>
                    <span className="mr-2 inline-block h-2 w-2 rounded-full bg-red-600" aria-hidden="true" />
                    <span className="sr-only">{t("unreadDot")}: </span>
                  </>
                )}
                {explainText(alert.titleMessage, alert.title)}
              </p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{explainText(alert.messageMessage, alert.message)}</p>
              <p className="mt-1 text-xs text-slate-500">{formatDateTime(alert.createdAt, locale)}</p>
            </div>
            <div className="flex gap-2">
              {alert.budgetId ? (
                <Link href={`/budgets/${alert.budgetId}`} className="rounded-lg px-3 py-2 text-sm font-medium text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
                  {t("viewBudget")}
                </Link>
              ) : null}
              {alert.readAt ? null : (
                <Button variant="ghost" disabled={busy} onClick={() => markRead({ ids: [alert.id] })} aria-label={t("markReadLabel", { title: explainText(alert.titleMessage, alert.title) })}>
                  {t("markRead")}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
