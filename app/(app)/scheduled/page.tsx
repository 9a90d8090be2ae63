import type { Metadata } from "next";
import { DeleteScheduleButton, RunDueButton } from "@/components/scheduled/schedule-actions";
import { ScheduleForm } from "@/components/scheduled/schedule-form";
import { Card } from "@/components/ui/card";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/money";
import { listSchedules } from "@/lib/scheduled/list-schedules";
import { listUpcomingOccurrences } from "@/lib/scheduled/list-upcoming-occurrences";

export const metadata: Metadata = { title: "Scheduled" };

const UNIT: Record<string, string> = { daily: "day", weekly: "week", monthly: "month", yearly: "year" };

export default async function ScheduledPage() {
  const user = await requirePageUser();
  const [schedules, upcoming, accounts] = await Promise.all([listSchedules(user.id), listUpcomingOccurrences(user.id, 30), listAccounts(user.id)]);
  const today = new Date().toISOString().slice(0, 10);
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, user.locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Scheduled transactions</h1>
        <RunDueButton />
      </div>
      <Card title="New schedule">
        <ScheduleForm accounts={accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency }))} today={today} />
      </Card>
      <Card title="Next 30 days">
        {upcoming.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">Nothing due in the next 30 days.</p> : (
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {upcoming.map((o) => (
              <li key={`${o.scheduleId}:${o.nominalDate}`} className="flex justify-between py-2"><span><span className="tabular-nums">{o.date}</span> · {o.description}</span><span className="tabular-nums">{money(o.amount, o.currency)}</span></li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Schedules">
        {schedules.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No schedules yet.</p> : (
          <ul className="space-y-4">
            {schedules.map((s) => (
              <li key={s.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="schedule">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium">{s.description} <span className="font-normal text-slate-600 dark:text-slate-400">· {money(s.amount, s.currency)} · {s.accountName}{s.toAccountName ? ` → ${s.toAccountName}` : ""}</span></p>
                  <DeleteScheduleButton id={s.id} description={s.description} />
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  Every {s.interval > 1 ? `${s.interval} ${UNIT[s.frequency] ?? s.frequency}s` : UNIT[s.frequency] ?? s.frequency} from {s.startDate}{s.endDate ? ` until ${s.endDate}` : ""}{s.occurrenceLimit ? `, ${s.occurrenceLimit} times` : ""}; weekends: {s.weekendRule}{s.paused ? " · paused" : ""}
                </p>
                <p className="text-sm" data-testid="occurrence-count">{s.createdCount} created{s.created.length ? `: ${s.created.map((c) => c.dueDate).join(", ")}` : ""}</p>
                <p className="text-sm">Next: {s.upcoming.join(", ") || "none"}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
