"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

/** Links debits and credits between the user's own accounts that sync or entry did not already pair. */
export function FindTransfersButton() {
  const t = useTranslations("transactions");
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    const response = await fetch("/api/transactions/transfers", { method: "POST" });
    setBusy(false);
    if (!response.ok) return setStatus(t("transfersFailed"));
    const { linked } = (await response.json()) as { linked: number };
    setStatus(linked === 0 ? t("noNewTransfers") : t("linkedTransfers", { count: linked }));
    router.refresh();
  }
  return (
    <div className="flex items-center gap-3">
      {status ? <span role="status" className="text-sm text-slate-600 dark:text-slate-400">{status}</span> : null}
      <Button variant="secondary" disabled={busy} onClick={() => void run()}>{t("findTransfers")}</Button>
    </div>
  );
}
