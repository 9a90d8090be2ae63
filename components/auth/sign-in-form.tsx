"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function SignInForm() {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (result?.ok) {
      router.push("/dashboard");
      router.refresh();
      return;
    }
    // next-auth reports wrong credentials as "CredentialsSignin"; our own messages (rate limits) pass through.
    setError(!result?.error || result.error === "CredentialsSignin" ? t("wrongCredentials") : result.error);
  }

  return (
    <Card title={t("signInTitle")}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={tc("email")} name="email" type="email" autoComplete="email" required />
        <TextField label={tc("password")} name="password" type="password" autoComplete="current-password" required />
        <p className="text-right text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-600 underline-offset-2 hover:underline">
            {t("forgotPassword")}
          </Link>
        </p>
        <FormError message={error} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("signingIn") : t("signIn")}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        {t("newToFathom")}{" "}
        <Link href="/register" className="font-medium text-brand-600 underline-offset-2 hover:underline">
          {t("createAnAccount")}
        </Link>
      </p>
    </Card>
  );
}
