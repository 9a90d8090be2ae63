"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/manual/select-field";
import { sendJson } from "@/components/manual/send-json";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function ScheduleForm({ accounts, today }: { accounts: { id: string; name: string; currency: string }[]; today: string }) {
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
    setNotice(`Scheduled. ${result.data.schedule.createdCount} past occurrence(s) created now.`);
    formElement.reset();
    router.refresh();
  }

  const accountOptions = accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.currency})` }));
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3" noValidate aria-label="Schedule a transaction">
      <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value)} options={[{ value: "expense", label: "Expense" }, { value: "income", label: "Income" }, { value: "transfer", label: "Transfer" }]} />
      <SelectField label="Account" name="accountId" options={accountOptions} />
      {kind === "transfer" ? <SelectField label="To account" name="toAccountId" options={accountOptions} /> : null}
      <TextField label="Amount" name="amount" inputMode="decimal" required />
      <TextField label="Description" name="description" required />
      <SelectField label="Repeats" value={frequency} onChange={(e) => setFrequency(e.target.value)} options={[{ value: "daily", label: "Daily" }, { value: "weekly", label: "Weekly" }, { value: "monthly", label: "Monthly" }, { value: "yearly", label: "Yearly" }]} />
      <TextField label="Every (interval)" name="interval" type="number" min={1} defaultValue={1} hint="2 with weekly = every other week" />
      <TextField label="Start date" name="startDate" type="date" defaultValue={today} required />
      <TextField label="End date (optional)" name="endDate" type="date" />
      <TextField label="Number of times (optional)" name="count" type="number" min={1} />
      {frequency === "monthly" ? <TextField label="Day of month (optional)" name="dayOfMonth" type="number" min={1} max={31} hint="31 = last day of shorter months" /> : null}
      <SelectField label="On a weekend" name="weekendRule" options={[{ value: "none", label: "Keep the date" }, { value: "before", label: "Move to Friday before" }, { value: "after", label: "Move to Monday after" }]} />
      <div className="space-y-2 sm:col-span-3">
        <FormError message={error} />
        {notice ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{notice}</p> : null}
        <Button type="submit" disabled={pending || accounts.length === 0}>{pending ? "Scheduling…" : "Schedule"}</Button>
      </div>
    </form>
  );
}
