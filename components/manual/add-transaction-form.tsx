"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "./select-field";
import { sendJson } from "./send-json";

export interface AccountOption {
  id: string;
  name: string;
  currency: string;
}

export function AddTransactionForm({ accountId, currency, today, otherAccounts }: { accountId: string; currency: string; today: string; otherAccounts: AccountOption[] }) {
  const t = useTranslations("manual");
  const router = useRouter();
  const [kind, setKind] = useState("expense");
  const [toAccountId, setToAccountId] = useState(otherAccounts[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const toCurrency = otherAccounts.find((a) => a.id === toAccountId)?.currency;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    setNotice(null);
    const body: Record<string, unknown> = { kind, accountId, amount: form.get("amount"), date: form.get("date"), description: form.get("description") };
    if (kind === "transfer") {
      body.toAccountId = toAccountId;
      if (toCurrency !== currency) body.toAmount = form.get("toAmount");
    }
    const result = await sendJson<{ impliedRate: string | null }>("/api/manual-transactions", body);
    setPending(false);
    if (!result.ok) return setError(result.message);
    setNotice(result.data.impliedRate ? t("transferRecorded", { from: currency, rate: result.data.impliedRate, to: toCurrency ?? "" }) : t("transactionAdded"));
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label={t("addATransaction")}>
      <SelectField label={t("kind")} name="kind" value={kind} onChange={(e) => setKind(e.target.value)} options={[
        { value: "expense", label: t("expense") }, { value: "income", label: t("income") }, ...(otherAccounts.length ? [{ value: "transfer", label: t("transferOption") }] : []),
      ]} />
      <TextField label={t("amountIn", { currency })} name="amount" inputMode="decimal" required />
      <TextField label={t("date")} name="date" type="date" defaultValue={today} required />
      <TextField label={t("description")} name="description" required maxLength={200} />
      {kind === "transfer" ? (
        <>
          <SelectField label={t("toAccount")} name="toAccountId" value={toAccountId} onChange={(e) => setToAccountId(e.target.value)} options={otherAccounts.map((a) => ({ value: a.id, label: `${a.name} (${a.currency})` }))} />
          {toCurrency && toCurrency !== currency ? <TextField label={t("amountReceived", { currency: toCurrency })} name="toAmount" inputMode="decimal" required /> : null}
        </>
      ) : null}
      <div className="space-y-2 sm:col-span-2">
        <FormError message={error} />
        {notice ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{notice}</p> : null}
        <Button type="submit" disabled={pending}>{pending ? t("adding") : t("addTransaction")}</Button>
      </div>
    </form>
  );
}
