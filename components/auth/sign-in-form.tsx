"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function SignInForm() {
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
    setError(!result?.error || result.error === "CredentialsSignin" ? "That e-mail and password don't match an account." : result.error);
  }

  return (
    <Card title="Sign in">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label="E-mail" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <p className="text-right text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-600 underline-offset-2 hover:underline">
            Forgot password?
          </Link>
        </p>
        <FormError message={error} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        New to Fathom?{" "}
        <Link href="/register" className="font-medium text-brand-600 underline-offset-2 hover:underline">
          Create an account
        </Link>
      </p>
    </Card>
  );
}
