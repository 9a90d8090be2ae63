"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

async function post(url: string): Promise<string | null> {
  const response = await fetch(url, { method: "POST" });
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? "Something went wrong; try again.";
}

function ActionButton({ url, label, ariaLabel }: { url: string; label: string; ariaLabel: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="text-right">
      <Button variant="secondary" aria-label={ariaLabel} disabled={busy} onClick={async () => {
        setBusy(true);
        const message = await post(url);
        setBusy(false);
        setError(message);
        if (!message) router.refresh();
      }}>{label}</Button>
      {error ? <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}

export function RevertButton({ correctionId, field }: { correctionId: string; field: string }) {
  return <ActionButton url={`/api/transactions/corrections/${correctionId}/revert`} label="Revert" ariaLabel={`Revert ${field} correction`} />;
}

export function MergeUndoButton({ transactionId, mergeId }: { transactionId: string; mergeId: string }) {
  return <ActionButton url={`/api/transactions/${transactionId}/merges/${mergeId}/undo`} label="Undo merge" ariaLabel="Undo merge" />;
}
