"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "./select-field";
import { sendJson } from "./send-json";

const ACCOUNT_TYPES = ["checking", "savings", "cash", "credit_card", "loan", "investment"] as const;

export function ManualAccountForm({ homeCurrency }: { homeCurrency: string }) {
  const t = useTranslations("manual");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await sendJson<{ account: { id: string } }>("/api/accounts/manual", {
      name: form.get("name"), type: form.get("type"), currency: form.get("currency"), openingBalance: form.get("openingBalance") || "0",
    });
    setPending(false);
    if (!result.ok) return setError(result.message);
    router.push(`/accounts/${result.data.account.id}`);
    router.refresh();
  }

  return (
    <Card title={t("newManualAccount")}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label={t("name")} name="name" required maxLength={100} />
        <SelectField label={t("typeLabel")} name="type" options={ACCOUNT_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))} defaultValue="checking" />
        <TextField label={t("currency")} name="currency" defaultValue={homeCurrency} hint={t("currencyHint")} maxLength={3} required />
        <TextField label={t("openingBalance")} name="openingBalance" inputMode="decimal" placeholder="0.00" hint={t("openingHint")} />
        <FormError message={error} />
        <Button type="submit" disabled={pending}>{pending ? t("creating") : t("createAccount")}</Button>
      </form>
    </Card>
  );
}
