"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/components/manual/send-json";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

export function ContributionForm({ goalId, goalName, currency, today }: { goalId: string; goalName: string; currency: string; today: string }) {
  const t = useTranslations("goals");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    setNotice(null);
    const result = await sendJson<{ alerts: { title: string }[] }>(`/api/goals/${goalId}/contributions`, { amount: form.get("amount"), date: form.get("date") });
    setPending(false);
    if (!result.ok) return setError(result.message);
    setNotice(result.data.alerts.length ? t("milestoneReached", { titles: result.data.alerts.map((a) => a.title).join("; ") }) : t("contributionAdded"));
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate aria-label={t("contributeTo", { name: goalName })}>
      <TextField label={t("contribution", { currency })} name="amount" inputMode="decimal" required />
      <TextField label={t("contributionDate")} name="date" type="date" defaultValue={today} required />
      <Button type="submit" variant="secondary" disabled={pending}>{t("addContribution")}</Button>
      <div className="basis-full space-y-1">
        <FormError message={error} />
        {notice ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{notice}</p> : null}
      </div>
    </form>
  );
}
