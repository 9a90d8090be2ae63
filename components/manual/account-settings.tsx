"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { sendJson } from "./send-json";

export function AccountSettings({ accountId, name, openingBalance, archived }: { accountId: string; name: string; openingBalance: string; archived: boolean }) {
  const t = useTranslations("manual");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function update(body: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const result = await sendJson(`/api/accounts/manual/${accountId}`, body, "PATCH");
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await update({ name: form.get("name"), openingBalance: form.get("openingBalance") });
  }

  async function remove() {
    if (!window.confirm(t("deleteConfirm", { name }))) return;
    setBusy(true);
    const result = await sendJson(`/api/accounts/manual/${accountId}`, undefined, "DELETE");
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={t("accountSettings")}>
      <TextField label={t("accountName")} name="name" defaultValue={name} required />
      <TextField label={t("openingBalance")} name="openingBalance" defaultValue={openingBalance} inputMode="decimal" />
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>{t("save")}</Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => update({ archived: !archived })}>{archived ? t("unarchive") : t("archive")}</Button>
        <Button type="button" variant="ghost" disabled={busy} onClick={remove}>{t("deleteAccount")}</Button>
      </div>
    </form>
  );
}
