"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { reconcileAccountAction } from "@/app/(app)/accounts/[accountId]/reconcile/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

export function ReconcileForm({ accountId, currency }: { accountId: string; currency: string }) {
  const t = useTranslations("reconcile");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label={t("formLabel")}
      className="grid max-w-xl gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-3 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setBusy(true);
        const result = await reconcileAccountAction(accountId, { statementDate: String(data.get("statementDate") ?? ""), statementBalance: String(data.get("statementBalance") ?? "") });
        setBusy(false);
        if (!result.ok) return setError(result.error.message);
        setError(null);
        router.refresh();
      }}
    >
      <div className="md:col-span-3"><FormError message={error} /></div>
      <TextField label={t("statementDate")} name="statementDate" type="date" required />
      <TextField label={t("statementBalance", { currency })} name="statementBalance" inputMode="decimal" placeholder="1234.56" required />
      <div className="flex items-end"><Button type="submit" disabled={busy}>{t("submit")}</Button></div>
    </form>
  );
}
