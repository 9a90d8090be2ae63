"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(token ? null : t("resetLinkIncomplete"));
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setError(t("passwordsDiffer"));
      return;
    }
    setPending(true);
    setError(null);
    const result = await resetPasswordAction({ token, password });
    setPending(false);
    if (result.ok) setDone(true);
    else setError(result.error.message);
  }

  if (done) {
    return (
      <Card title={t("passwordChanged")}>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {t.rich("passwordChangedBody", {
            link: (chunks) => (
              <Link href="/sign-in" className="font-medium text-brand-600 underline-offset-2 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Card>
    );
  }

  return (
    <Card title={t("resetPasswordTitle")}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={t("newPassword")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} required />
        <TextField label={t("repeatNewPassword")} name="confirm" type="password" autoComplete="new-password" required />
        <FormError message={error} />
        <Button type="submit" className="w-full" disabled={pending || !token}>
          {pending ? t("saving") : t("setNewPassword")}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        <Link href="/forgot-password" className="font-medium text-brand-600 underline-offset-2 hover:underline">
          {t("askForNewLink")}
        </Link>
      </p>
    </Card>
  );
}
