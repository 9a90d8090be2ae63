"use client";

import { useState } from "react";
import { sendVerificationAction } from "@/app/(app)/security/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { useTranslations } from "next-intl";

export function EmailVerificationCard({ email, verified }: { email: string; verified: boolean }) {
  const t = useTranslations("security");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  async function send() {
    setPending(true);
    setError(null);
    const result = await sendVerificationAction();
    setPending(false);
    if (result.ok) setSent(true);
    else setError(result.error.message);
  }

  return (
    <Card title={t("emailAddress")}>
      <p className="text-sm">
        {email} — {verified ? t("confirmed") : t("notConfirmed")}
      </p>
      {verified ? null : (
        <div className="mt-3 space-y-3">
          <FormError message={error} />
          {sent ? <p role="status" className="text-sm">{t("confirmationSent", { email })}</p> : null}
          <Button variant="secondary" onClick={send} disabled={pending}>{t("sendConfirmation")}</Button>
        </div>
      )}
    </Card>
  );
}
