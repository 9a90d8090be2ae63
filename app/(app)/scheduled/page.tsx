import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteScheduleButton, RunDueButton } from "@/components/scheduled/schedule-actions";
import { ScheduleForm } from "@/components/scheduled/schedule-form";
import { Card } from "@/components/ui/card";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";
import { listSchedules } from "@/lib/scheduled/list-schedules";
import { listUpcomingOccurrences } from "@/lib/scheduled/list-upcoming-occurrences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scheduled"))("navTitle") };
}

export default async function ScheduledPage() {
  const t = await getTranslations("scheduled");
  const user = await requirePageUser();
  const [schedules, upcoming, accounts] = await Promise.all([listSchedules(user.id), listUpcomingOccurrences(user.id, 30), listAccounts(user.id)]);
  const today = new Date().toISOString().slice(0, 10);
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, user.locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <RunDueButton />
      </div>
      <Card title={t("newSchedule")}>
        <ScheduleForm accounts={accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency }))} today={today} />
      </Card>
      <Card title={t("next30Days")}>
        {upcoming.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("nothingDue")}</p> : (
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {upcoming.map((o) => (
              <li key={`${o.scheduleId}:${o.nominalDate}`} className="flex justify-between py-2"><span><span className="tabular-nums">{formatDate(o.date, user.locale)}</span> · {o.description}</span><span className="tabular-nums">{money(o.amount, o.currency)}</span></li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("schedules")}>
        {schedules.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p> : (
          <ul className="space-y-4">
            {schedules.map((s) => (
              <li key={s.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="schedule">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium">{s.description} <span className="font-normal text-slate-600 dark:text-slate-400">· {money(s.amount, s.currency)} · {s.accountName}{s.toAccountName ? ` → ${s.toAccountName}` : ""}</span></p>
                  <DeleteScheduleButton id={s.id} description={s.description} />
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t("every", { frequency: s.frequency, count: s.interval })} {t("from", { date: formatDate(s.startDate, user.locale) })}{s.endDate ? ` ${t("until", { date: formatDate(s.endDate, user.locale) })}` : ""}{s.occurrenceLimit ? `, ${t("times", { count: s.occurrenceLimit })}` : ""}; {t("weekends", { rule: s.weekendRule })}{s.paused ? ` · ${t("paused")}` : ""}
                </p>
                <p className="text-sm" data-testid="occurrence-count">{t("created", { count: s.createdCount })}{s.created.length ? `: ${s.created.map((c) => formatDate(c.dueDate, user.locale)).join(", ")}` : ""}</p>
                <p className="text-sm">{t("next", { dates: s.upcoming.map((d) => formatDate(d, user.locale)).join(", ") || t("none") })}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
