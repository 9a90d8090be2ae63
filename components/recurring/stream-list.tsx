"use client";

import { useState, useTransition, type FormEvent } from "react";
import { updateRecurringStreamAction } from "@/app/(app)/recurring/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { formatMoney } from "@/lib/money";
import type { RecurringStreamView } from "@/lib/recurring/list-recurring-streams";

const STATUS_TEXT: Record<RecurringStreamView["status"], string> = { early: "Early", established: "Established", ended: "Ended" };
const DECISION_TEXT: Record<RecurringStreamView["decision"], string> = { auto: "Detected", confirmed: "Confirmed", dismissed: "Dismissed" };

export function StreamList({ streams, locale }: { streams: RecurringStreamView[]; locale: string }) {
  if (streams.length === 0) {
    return (
      <Card>
        <p className="text-sm text-slate-600 dark:text-slate-400">No recurring payments or income found yet. We need at least three of them in your history.</p>
      </Card>
    );
  }
  const groups: { title: string; rows: RecurringStreamView[] }[] = [
    { title: "Income", rows: streams.filter((s) => s.direction === "inflow" && s.decision !== "dismissed") },
    { title: "Bills and subscriptions", rows: streams.filter((s) => s.direction === "outflow" && s.decision !== "dismissed") },
    { title: "Dismissed", rows: streams.filter((s) => s.decision === "dismissed") },
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
            {stream.frequency} · about {amount} (± {tolerance}) · last {stream.lastDate}
            {stream.nextDate && stream.status !== "ended" ? ` · next around ${stream.nextDate}` : ""}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {STATUS_TEXT[stream.status]} · {DECISION_TEXT[stream.decision]}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {stream.decision !== "confirmed" ? (
            <Button variant="secondary" disabled={pending} onClick={() => save({ decision: "confirmed" })}>
              Confirm
            </Button>
          ) : null}
          <Button variant="ghost" disabled={pending} onClick={() => setRenaming((v) => !v)} aria-expanded={renaming}>
            Rename
          </Button>
          {stream.decision !== "dismissed" ? (
            <Button variant="ghost" disabled={pending} onClick={() => save({ decision: "dismissed" })}>
              Dismiss
            </Button>
          ) : (
            <Button variant="ghost" disabled={pending} onClick={() => save({ decision: "auto" })}>
              Restore
            </Button>
          )}
        </div>
      </div>
      {renaming ? (
        <form onSubmit={rename} className="mt-3 flex flex-wrap items-end gap-2">
          <TextField label="Name" name="name" defaultValue={stream.name} required maxLength={80} />
          <Button type="submit" disabled={pending}>
            Save name
          </Button>
        </form>
      ) : null}
      <div className="mt-2">
        <FormError message={error} />
      </div>
    </li>
  );
}
