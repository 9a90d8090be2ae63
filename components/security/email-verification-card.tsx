"use client";

import { useState } from "react";
import { sendVerificationAction } from "@/app/(app)/security/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";

export function EmailVerificationCard({ email, verified }: { email: string; verified: boolean }) {
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
    <Card title="E-mail address">
      <p className="text-sm">
        {email} — {verified ? "confirmed" : "not confirmed yet"}
      </p>
      {verified ? null : (
        <div className="mt-3 space-y-3">
          <FormError message={error} />
          {sent ? <p role="status" className="text-sm">We sent a confirmation link to {email}.</p> : null}
          <Button variant="secondary" onClick={send} disabled={pending}>Send confirmation e-mail</Button>
        </div>
      )}
    </Card>
  );
}
