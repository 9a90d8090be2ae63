"use client";

import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";
import Link from "next/link";
import { readAlertMessages } from "@/lib/alerts/alert-messages";
import type { ExplainMessage } from "@/lib/i18n/explain-message";
import { useEffect, useRef, useState } from "react";
import { UNREAD_CHANGED_EVENT } from "./alert-events";

interface Toast {
  id: string;
  title: string;
  message: string;
  titleMessage?: ExplainMessage | null;
  messageMessage?: ExplainMessage | null;
  budgetId?: string | null;
  /** Goal alerts carry their messages inside `data`. */
  data?: unknown;
}

const TOAST_MS = 10_000;

/**
 * Listens to /api/alerts/stream for the whole signed-in session (it lives in the app shell, so it
 * survives client-side navigation): shows each new alert as a toast and keeps the header's unread
 * badge current. EventSource reconnects by itself and sends Last-Event-ID, so the server replays
 * what was raised while the connection was down.
 */
export function AlertStreamHost({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("alertStream");
  const explainText = useExplain();
  const [unread, setUnread] = useState(initialUnread);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => setUnread(initialUnread), [initialUnread]);

  useEffect(() => {
    const source = new EventSource("/api/alerts/stream");
    const dismissLater = (id: string) => {
      timers.current.set(id, setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), TOAST_MS));
    };
    source.addEventListener("ready", (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { unread: number };
      setUnread(data.unread);
    });
    source.addEventListener("alert", (event) => {
      const alert = JSON.parse((event as MessageEvent<string>).data) as Toast;
      setToasts((current) => (current.some((toast) => toast.id === alert.id) ? current : [...current.slice(-3), alert]));
      setUnread((count) => count + 1);
      dismissLater(alert.id);
    });
    const onUnread = (event: Event) => setUnread((event as CustomEvent<number>).detail);
    window.addEventListener(UNREAD_CHANGED_EVENT, onUnread);
    const pending = timers.current;
    return () => {
      source.close();
      window.removeEventListener(UNREAD_CHANGED_EVENT, onUnread);
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const dismiss = (id: string) => setToasts((current) => current.filter((toast) => toast.id !== id));

  return (
    <>
      <Link
        href="/alerts"
        className="relative rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-200 dark:hover:bg-slate-800"
        data-testid="alerts-link"
      >
        {t("alerts")}
        {/* The count is read out as "Alerts, 3 unread" from the text itself: an aria-label that differs from the visible text fails WCAG 2.5.3. */}
        {unread > 0 ? (
          <>
            <span className="sr-only">, </span>
            <span className="ml-1.5 inline-flex min-w-5 justify-center rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="unread-badge">
              {unread > 99 ? "99+" : unread}
            </span>
            <span className="sr-only">{t("unread")}</span>
          </>
        ) : null}
      </Link>
      <div aria-live="polite" role="region" aria-label={t("notifications")} className="pointer-events-none fixed bottom-4 right-4 z-50 flex w-80 flex-col gap-3">
        {toasts.map((toast) => (
          <div key={toast.id} role="status" data-testid="alert-toast" className="pointer-events-auto rounded-xl border border-amber-300 bg-white p-4 shadow-lg dark:border-amber-700 dark:bg-slate-900">
            <p className="text-sm font-semibold text-slate-900 dark:text-slate-100">{explainText(toast.titleMessage ?? readAlertMessages(toast.data).titleMessage, toast.title)}</p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{explainText(toast.messageMessage ?? readAlertMessages(toast.data).messageMessage, toast.message)}</p>
            <div className="mt-3 flex gap-3 text-sm">
              {toast.budgetId ? (
                <Link href={`/budgets/${toast.budgetId}`} className="font-medium text-brand-600 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
                  {t("viewBudget")}
                </Link>
              ) : null}
              <button type="button" onClick={() => dismiss(toast.id)} className="text-slate-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-400">
                {t("dismiss")}
              </button>
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
