"use client";

import { useState, type FormEvent } from "react";
import { createTokenAction } from "@/app/(app)/developer/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

const EXPIRY_CHOICES = ["7", "30", "90", "365", "never"] as const;

export function CreateTokenForm() {
  const t = useTranslations("developer");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const expiry = String(form.get("expiry") ?? "90");
    setPending(true);
    setError(null);
    const result = await createTokenAction({
      name: String(form.get("name") ?? ""),
      scopes: form.getAll("scopes").map(String),
      expiresInDays: expiry === "never" ? null : Number(expiry),
    });
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    formElement.reset();
    setCreated({ name: result.data.name, token: result.data.token });
  }

  return (
    <Card title={t("newToken")}>
      {created ? (
        <div role="status" className="mb-4 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p className="font-medium">{t("copyNow", { name: created.name })}</p>
          <label className="block">
            <span className="sr-only">{t("newToken")}</span>
            <input readOnly value={created.token} data-testid="new-token" onFocus={(e) => e.currentTarget.select()} className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900" />
          </label>
        </div>
      ) : null}
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        <TextField label={t("tokenName")} name="name" required hint={t("tokenNameHint")} />
        <div className="space-y-1">
          <label htmlFor="token-expiry" className="block text-sm font-medium">{t("expiresAfter")}</label>
          <select id="token-expiry" name="expiry" defaultValue="90" className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900">
            {EXPIRY_CHOICES.map((choice) => <option key={choice} value={choice}>{t(`expiry.${choice}`)}</option>)}
          </select>
        </div>
        <fieldset className="space-y-1 sm:col-span-2">
          <legend className="text-sm font-medium">{t("scopes")}</legend>
          <label className="mr-4 inline-flex items-center gap-2 text-sm"><input type="checkbox" name="scopes" value="read" defaultChecked /> {t("read")}</label>
          <label className="inline-flex items-center gap-2 text-sm"><input type="checkbox" name="scopes" value="write" /> {t("write")}</label>
        </fieldset>
        <div className="sm:col-span-2 space-y-3">
          <FormError message={error} />
          <Button type="submit" disabled={pending}>{pending ? t("creating") : t("createToken")}</Button>
        </div>
      </form>
    </Card>
  );
}
