"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "./select-field";
import { sendJson } from "./send-json";

export const ACCOUNT_TYPE_OPTIONS = [
  { value: "checking", label: "Bank (checking)" },
  { value: "savings", label: "Savings" },
  { value: "cash", label: "Cash" },
  { value: "credit_card", label: "Card" },
  { value: "loan", label: "Loan" },
  { value: "investment", label: "Investment" },
];

export function ManualAccountForm({ homeCurrency }: { homeCurrency: string }) {
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
    <Card title="New manual account">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField label="Name" name="name" required maxLength={100} />
        <SelectField label="Type" name="type" options={ACCOUNT_TYPE_OPTIONS} defaultValue="checking" />
        <TextField label="Currency" name="currency" defaultValue={homeCurrency} hint="ISO code such as USD, EUR, JPY or KWD" maxLength={3} required />
        <TextField label="Opening balance" name="openingBalance" inputMode="decimal" placeholder="0.00" hint="Negative for money owed (a loan or card balance)" />
        <FormError message={error} />
        <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create account"}</Button>
      </form>
    </Card>
  );
}
