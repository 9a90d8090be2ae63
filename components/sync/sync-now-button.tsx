"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/http/action-result";

type SyncNow = (connectionId: string) => Promise<ActionResult<{ status: "succeeded" | "failed"; added: number; error: string | null }>>;

export function SyncNowButton({ connectionId, action }: { connectionId: string; action: SyncNow }) {
  const t = useTranslations("sync");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();

  function onClick() {
    setMessage(null);
    setError(null);
    startTransition(async () => {
      const result = await action(connectionId);
      if (!result.ok) setError(result.error.message);
      else if (result.data.status === "failed") setError(result.data.error ?? t("syncFailed"));
      else setMessage(t("synced", { count: result.data.added }));
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <Button type="button" onClick={onClick} disabled={pending} aria-busy={pending}>
        {pending ? t("syncing") : t("syncNow")}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
        {message}
      </p>
      <FormError message={error} />
    </div>
  );
}
