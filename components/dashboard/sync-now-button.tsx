"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Calls the sync engine's "Sync now" endpoint for one connection and refreshes the overview. */
export function SyncNowButton({ connectionId, institutionName }: { connectionId: string; institutionName: string }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const sync = async () => {
    setState({ busy: true, message: null });
    try {
      const response = await fetch(`/api/connections/${connectionId}/sync`, { method: "POST" });
      const body = (await response.json().catch(() => null)) as { added?: number; error?: { message: string } } | null;
      setState({ busy: false, message: response.ok ? t("synced", { count: body?.added ?? 0 }) : (body?.error?.message ?? t("syncFailed")) });
      if (response.ok) router.refresh();
    } catch {
      setState({ busy: false, message: tc("networkError") });
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" variant="secondary" className="px-3 py-1 text-xs" onClick={sync} disabled={state.busy} aria-label={t("syncInstitutionNow", { name: institutionName })}>
        {state.busy ? t("syncing") : t("syncNow")}
      </Button>
      {state.message ? <p role="status" className="text-xs text-slate-600 dark:text-slate-400">{state.message}</p> : null}
    </div>
  );
}
