"use client";

import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/(app)/security/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

export function ChangePasswordForm() {
  const t = useTranslations("security");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    setMessage(null);
    const result = await changePasswordAction({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") });
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    formElement.reset();
    const others = result.data.signedOut;
    setMessage(t("passwordChanged", { count: others }));
  }

  return (
    <Card title={t("changePassword")}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required />
        <TextField label={t("newPassword")} name="newPassword" type="password" autoComplete="new-password" hint={t("newPasswordHint")} required />
        <FormError message={error} />
        {message ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{message}</p> : null}
        <Button type="submit" disabled={pending}>{pending ? t("saving") : t("changePassword")}</Button>
      </form>
    </Card>
  );
}
