"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setPending(true);
    setError(null);
    const result = await requestPasswordResetAction({ email });
    setPending(false);
    if (result.ok) setSentTo(email);
    else setError(result.error.message);
  }

  return (
    <Card title={t("resetYourPassword")}>
      {sentTo ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {t("resetSent", { email: sentTo })}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <TextField label={tc("email")} name="email" type="email" autoComplete="email" required hint={t("resetHint")} />
          <FormError message={error} />
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? t("sending") : t("sendResetLink")}
          </Button>
        </form>
      )}
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        <Link href="/sign-in" className="font-medium text-brand-600 underline-offset-2 hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </Card>
  );
}
