"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { sendJson } from "./send-json";

/** Lets the user supply a missing rate (1 base = rate quote on a date); their own rates win over shared ones. */
export function ManualRateForm({ base, quote, date }: { base: string; quote: string; date: string }) {
  const t = useTranslations("manual");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await sendJson("/api/exchange-rates", { base, quote, date: form.get("date"), rate: form.get("rate") });
    setPending(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate aria-label={t("addRate")}>
      <TextField label={t("rateDate")} name="date" type="date" defaultValue={date} required />
      <TextField label={t("rateLabel", { base, quote })} name="rate" inputMode="decimal" required />
      <Button type="submit" variant="secondary" disabled={pending}>{t("saveRate")}</Button>
      <div className="basis-full"><FormError message={error} /></div>
    </form>
  );
}
