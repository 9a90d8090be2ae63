"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/manual/select-field";
import { sendJson } from "@/components/manual/send-json";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

export function GoalForm({ homeCurrency, accounts }: { homeCurrency: string; accounts: { id: string; name: string; currency: string }[] }) {
  const t = useTranslations("goals");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    const result = await sendJson("/api/goals", {
      name: form.get("name"), targetAmount: form.get("targetAmount"), currency: form.get("currency"),
      deadline: form.get("deadline") || null, accountId: form.get("accountId") || null,
    });
    setPending(false);
    if (!result.ok) return setError(result.message);
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3" noValidate aria-label={t("newGoal")}>
      <TextField label={t("goalName")} name="name" required />
      <TextField label={t("targetAmount")} name="targetAmount" inputMode="decimal" required />
      <TextField label={t("goalCurrency")} name="currency" defaultValue={homeCurrency} maxLength={3} required />
      <TextField label={t("deadlineOptional")} name="deadline" type="date" />
      <SelectField label={t("linkedAccountOptional")} name="accountId" options={[{ value: "", label: t("noAccount") }, ...accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.currency})` }))]} />
      <div className="space-y-2 sm:col-span-3">
        <FormError message={error} />
        <Button type="submit" disabled={pending}>{pending ? t("creating") : t("createGoal")}</Button>
      </div>
    </form>
  );
}
