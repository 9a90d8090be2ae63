"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { verifyEmailAction } from "@/app/(auth)/verify-email/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";

export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(token ? null : t("verifyLinkIncomplete"));
  const [email, setEmail] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    setError(null);
    const result = await verifyEmailAction({ token });
    setPending(false);
    if (result.ok) setEmail(result.data.email);
    else setError(result.error.message);
  }

  return (
    <Card title={t("verifyEmailTitle")}>
      {email ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {t("emailConfirmed", { email })} <Link href="/dashboard" className="font-medium text-brand-600 underline-offset-2 hover:underline">{t("continueToFathom")}</Link>
        </p>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("confirmEmailBody")}</p>
          <FormError message={error} />
          <Button type="button" className="w-full" onClick={confirm} disabled={pending || !token}>
            {pending ? t("confirming") : t("confirmMyEmail")}
          </Button>
        </div>
      )}
    </Card>
  );
}
