"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { setBankFaultsAction } from "@/app/(admin)/admin/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

interface Faults { errorRate: number; rateLimitRate: number; latencyMs: number; malformedRate: number }

function BankForm({ bank, config }: { bank: string; config: Faults }) {
  const t = useTranslations("bankFaults");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (name: string) => Number(form.get(name) ?? 0);
    setError(null);
    setSaved(false);
    const result = await setBankFaultsAction(bank, { errorRate: read("errorRate"), rateLimitRate: read("rateLimitRate"), latencyMs: read("latencyMs"), malformedRate: read("malformedRate") });
    if (result.ok) setSaved(true);
    else setError(result.error.message);
  }
  return (
    <form onSubmit={onSubmit} aria-label={t("formLabel", { bank })} className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <h3 className="font-medium">{bank}</h3>
      <TextField label={t("errorRate")} name="errorRate" type="number" step="0.01" min="0" max="1" defaultValue={config.errorRate} />
      <TextField label={t("rateLimitRate")} name="rateLimitRate" type="number" step="0.01" min="0" max="1" defaultValue={config.rateLimitRate} />
      <TextField label={t("malformedRate")} name="malformedRate" type="number" step="0.01" min="0" max="1" defaultValue={config.malformedRate} />
      <TextField label={t("latency")} name="latencyMs" type="number" min="0" defaultValue={config.latencyMs} />
      <FormError message={error} />
      {saved ? <p role="status" className="text-sm">{t("saved")}</p> : null}
      <Button type="submit" variant="secondary">{t("save", { bank })}</Button>
    </form>
  );
}

/** The mock banks' in-process fault injection (lib/banks/mock-server), per bank. */
export function BankFaultsCard({ faults }: { faults: { bank: string; config: Faults }[] }) {
  const t = useTranslations("bankFaults");
  return (
    <Card title={t("title")}>
      <div className="grid gap-4 md:grid-cols-3">
        {faults.map((entry) => <BankForm key={entry.bank} bank={entry.bank} config={entry.config} />)}
      </div>
    </Card>
  );
}
