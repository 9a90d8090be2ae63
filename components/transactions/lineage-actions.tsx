"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

async function post(url: string, fallback: string): Promise<string | null> {
  const response = await fetch(url, { method: "POST" });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

function ActionButton({ url, label, ariaLabel }: { url: string; label: string; ariaLabel: string }) {
  const t = useTranslations("lineage");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="text-right">
      <Button variant="secondary" aria-label={ariaLabel} disabled={busy} onClick={async () => {
        setBusy(true);
        const message = await post(url, t("genericError"));
        setBusy(false);
        setError(message);
        if (!message) router.refresh();
      }}>{label}</Button>
      {error ? <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}

export function RevertButton({ correctionId, field }: { correctionId: string; field: string }) {
  const t = useTranslations("lineage");
  return <ActionButton url={`/api/transactions/corrections/${correctionId}/revert`} label={t("revert")} ariaLabel={t("revertLabel", { field })} />;
}

export function MergeUndoButton({ transactionId, mergeId }: { transactionId: string; mergeId: string }) {
  const t = useTranslations("lineage");
  return <ActionButton url={`/api/transactions/${transactionId}/merges/${mergeId}/undo`} label={t("undoMerge")} ariaLabel={t("undoMerge")} />;
}
