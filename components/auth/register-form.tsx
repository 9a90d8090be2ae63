"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { registerAction } from "@/app/(auth)/register/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function RegisterForm() {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setPending(true);
    setError(null);
    const result = await registerAction(input);
    if (!result.ok) {
      setPending(false);
      setError(result.error.message);
      return;
    }
    const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    setPending(false);
    if (!signedIn?.ok) {
      router.push("/sign-in");
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <Card title={t("registerTitle")}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={tc("name")} name="name" autoComplete="name" required />
        <TextField label={tc("email")} name="email" type="email" autoComplete="email" required />
        <TextField label={tc("password")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} required />
        <FormError message={error} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("creatingAccount") : t("createAccount")}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 underline-offset-2 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </Card>
  );
}
