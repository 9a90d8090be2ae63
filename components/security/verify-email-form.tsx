"use client";

import Link from "next/link";
import { useState } from "react";
import { verifyEmailAction } from "@/app/(auth)/verify-email/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";

export function VerifyEmailForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(token ? null : "This link is incomplete. Send a new one from the Security page.");
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
    <Card title="Confirm your e-mail">
      {email ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {email} is confirmed. <Link href="/dashboard" className="font-medium text-brand-600 underline-offset-2 hover:underline">Continue to Fathom</Link>
        </p>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">Confirm that this e-mail address is yours.</p>
          <FormError message={error} />
          <Button type="button" className="w-full" onClick={confirm} disabled={pending || !token}>
            {pending ? "Confirming…" : "Confirm my e-mail"}
          </Button>
        </div>
      )}
    </Card>
  );
}
