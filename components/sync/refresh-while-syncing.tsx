"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Polls the server-rendered page while a sync of this connection runs, so its counts appear when it ends. */
const REFRESH_INTERVAL_MS = 3000;

export function RefreshWhileSyncing() {
  const t = useTranslations("sync");
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p role="status" className="mt-4 text-sm text-slate-600 dark:text-slate-300" data-testid="sync-running">
      {t("running")}
    </p>
  );
}
