"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(token ? null : "This link is incomplete. Ask for a new one.");
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setError("confirm: the two passwords differ");
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
      <Card title="Password changed">
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          Your new password is set and every device was signed out.{" "}
          <Link href="/sign-in" className="font-medium text-brand-600 underline-offset-2 hover:underline">
            Sign in
          </Link>{" "}
          with it now.
        </p>
      </Card>
    );
  }

  return (
    <Card title="Choose a new password">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label="New password" name="password" type="password" autoComplete="new-password" hint="At least 10 characters; avoid common passwords." required />
        <TextField label="Repeat new password" name="confirm" type="password" autoComplete="new-password" required />
        <FormError message={error} />
        <Button type="submit" className="w-full" disabled={pending || !token}>
          {pending ? "Saving…" : "Set new password"}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        <Link href="/forgot-password" className="font-medium text-brand-600 underline-offset-2 hover:underline">
          Ask for a new link
        </Link>
      </p>
    </Card>
  );
}
