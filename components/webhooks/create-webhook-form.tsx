"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { createWebhookAction } from "@/app/(app)/webhooks/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export interface WebhookEventChoice {
  type: string;
  label: string;
  description: string;
}

export function CreateWebhookForm({ events }: { events: readonly WebhookEventChoice[] }) {
  const t = useTranslations("webhooks");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    const result = await createWebhookAction({ url: String(form.get("url") ?? ""), events: form.getAll("events").map(String) });
    setPending(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    formElement.reset();
    setCreated({ url: result.data.url, secret: result.data.secret });
  }

  return (
    <Card title={t("addWebhookTitle")}>
      {created ? (
        <div role="status" className="mb-4 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p className="font-medium">{t("copySecret", { url: created.url })}</p>
          <label className="block">
            <span className="sr-only">{t("signingSecret")}</span>
            <input readOnly value={created.secret} data-testid="new-webhook-secret" onFocus={(e) => e.currentTarget.select()} className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900" />
          </label>
        </div>
      ) : null}
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        <TextField label={t("endpointUrl")} name="url" type="url" required placeholder="https://example.com/hooks/fathom" hint={t("endpointHint")} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("events")}</legend>
          {events.map((choice) => (
            <label key={choice.type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="events" value={choice.type} defaultChecked className="mt-0.5 h-4 w-4 rounded border-slate-400 focus-visible:outline-2 focus-visible:outline-brand-500" />
              <span>
                {choice.label} <code className="text-xs">{choice.type}</code>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{t("sentWhen", { description: choice.description })}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-3">
          <FormError message={error} />
          <Button type="submit" disabled={pending}>{pending ? t("adding") : t("addWebhook")}</Button>
        </div>
      </form>
    </Card>
  );
}
