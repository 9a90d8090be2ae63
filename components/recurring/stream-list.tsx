"use client";

import { useState, useTransition, type FormEvent } from "react";
import { updateRecurringStreamAction } from "@/app/(app)/recurring/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import type { RecurringStreamView } from "@/lib/recurring/list-recurring-streams";
import { useTranslations } from "next-intl";

export function StreamList({ streams, locale }: { streams: RecurringStreamView[]; locale: string }) {
  const t = useTranslations("recurring");
  if (streams.length === 0) {
    return (
      <Card>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      </Card>
    );
  }
  const groups: { title: string; rows: RecurringStreamView[] }[] = [
    { title: t("income"), rows: streams.filter((s) => s.direction === "inflow" && s.decision !== "dismissed") },
    { title: t("bills"), rows: streams.filter((s) => s.direction === "outflow" && s.decision !== "dismissed") },
    { title: t("dismissedGroup"), rows: streams.filter((s) => s.decision === "dismissed") },
  ];
  return (
    <div className="space-y-6">
      {groups.filter((g) => g.rows.length > 0).map((group) => (
        <Card key={group.title} title={group.title}>
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label={group.title}>
            {group.rows.map((stream) => (
              <StreamItem key={stream.id} stream={stream} locale={locale} />
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}

function StreamItem({ stream, locale }: { stream: RecurringStreamView; locale: string }) {
  const t = useTranslations("recurring");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const save = (change: { decision?: "auto" | "confirmed" | "dismissed"; name?: string }) =>
    startTransition(async () => {
      setError(null);
      const result = await updateRecurringStreamAction(stream.id, change);
      if (!result.ok) setError(result.error.message);
      else setRenaming(false);
    });
  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
  };
  const amount = formatMoney({ amount: stream.typicalAmount, currency: stream.currency }, locale);
  const tolerance = formatMoney({ amount: stream.tolerance, currency: stream.currency }, locale);
  return (
    <li aria-label={stream.name} className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <p className="text-sm font-medium">{stream.name}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {t("summary", { frequency: stream.frequency, amount, tolerance, last: formatDate(stream.lastDate, locale) })}
            {stream.nextDate && stream.status !== "ended" ? ` · ${t("nextAround", { date: formatDate(stream.nextDate, locale) })}` : ""}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {t(`status.${stream.status}`)} · {t(`decision.${stream.decision}`)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {stream.decision !== "confirmed" ? (
            <Button variant="secondary" disabled={pending} onClick={() => save({ decision: "confirmed" })}>
              {t("confirm")}
            </Button>
          ) : null}
          <Button variant="ghost" disabled={pending} onClick={() => setRenaming((v) => !v)} aria-expanded={renaming}>
            {t("rename")}
          </Button>
          {stream.decision !== "dismissed" ? (
            <Button variant="ghost" disabled={pending} onClick={() => save({ decision: "dismissed" })}>
              {t("dismiss")}
            </Button>
          ) : (
            <Button variant="ghost" disabled={pending} onClick={() => save({ decision: "auto" })}>
              {t("restore")}
            </Button>
          )}
        </div>
      </div>
      {renaming ? (
        <form onSubmit={rename} className="mt-3 flex flex-wrap items-end gap-2">
          <TextField label={t("name")} name="name" defaultValue={stream.name} required maxLength={80} />
          <Button type="submit" disabled={pending}>
            {t("saveName")}
          </Button>
        </form>
      ) : null}
      <div className="mt-2">
        <FormError message={error} />
      </div>
    </li>
  );
}
