"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/manual/select-field";
import { sendJson } from "@/components/manual/send-json";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useTranslations } from "next-intl";

export function ScheduleForm({ accounts, today }: { accounts: { id: string; name: string; currency: string }[]; today: string }) {
  const t = useTranslations("scheduleForm");
  const router = useRouter();
  const [kind, setKind] = useState("expense");
  const [frequency, setFrequency] = useState("monthly");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const optional = (name: string) => (form.get(name) ? form.get(name) : undefined);
    setPending(true);
    setError(null);
    setNotice(null);
    const result = await sendJson<{ schedule: { createdCount: number } }>("/api/scheduled", {
      kind, accountId: form.get("accountId"), toAccountId: kind === "transfer" ? form.get("toAccountId") : undefined, amount: form.get("amount"),
      description: form.get("description"), frequency, interval: form.get("interval") || 1, startDate: form.get("startDate"), endDate: optional("endDate"),
      count: optional("count"), dayOfMonth: frequency === "monthly" ? optional("dayOfMonth") : undefined, weekendRule: form.get("weekendRule"),
    });
    setPending(false);
    if (!result.ok) return setError(result.message);
    setNotice(t("scheduled", { count: result.data.schedule.createdCount }));
    formElement.reset();
    router.refresh();
  }

  const accountOptions = accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.currency})` }));
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3" noValidate aria-label={t("label")}>
      <SelectField label={t("kind")} value={kind} onChange={(e) => setKind(e.target.value)} options={[{ value: "expense", label: t("expense") }, { value: "income", label: t("income") }, { value: "transfer", label: t("transfer") }]} />
      <SelectField label={t("account")} name="accountId" options={accountOptions} />
      {kind === "transfer" ? <SelectField label={t("toAccount")} name="toAccountId" options={accountOptions} /> : null}
      <TextField label={t("amount")} name="amount" inputMode="decimal" required />
      <TextField label={t("description")} name="description" required />
      <SelectField label={t("repeats")} value={frequency} onChange={(e) => setFrequency(e.target.value)} options={[{ value: "daily", label: t("daily") }, { value: "weekly", label: t("weekly") }, { value: "monthly", label: t("monthly") }, { value: "yearly", label: t("yearly") }]} />
      <TextField label={t("interval")} name="interval" type="number" min={1} defaultValue={1} hint={t("intervalHint")} />
      <TextField label={t("startDate")} name="startDate" type="date" defaultValue={today} required />
      <TextField label={t("endDate")} name="endDate" type="date" />
      <TextField label={t("count")} name="count" type="number" min={1} />
      {frequency === "monthly" ? <TextField label={t("dayOfMonth")} name="dayOfMonth" type="number" min={1} max={31} hint={t("dayOfMonthHint")} /> : null}
      <SelectField label={t("onWeekend")} name="weekendRule" options={[{ value: "none", label: t("keepDate") }, { value: "before", label: t("moveBefore") }, { value: "after", label: t("moveAfter") }]} />
      <div className="space-y-2 sm:col-span-3">
        <FormError message={error} />
        {notice ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{notice}</p> : null}
        <Button type="submit" disabled={pending || accounts.length === 0}>{pending ? t("scheduling") : t("submit")}</Button>
      </div>
    </form>
  );
}
