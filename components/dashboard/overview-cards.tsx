import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { Stat } from "@/components/ui/stat";
import { SyncNowButton } from "./sync-now-button";
import type { Overview } from "@/lib/analytics/get-overview";
import { formatMoney } from "@/lib/money";

function money(amount: number, currency: string, locale: string): string {
  return formatMoney({ amount, currency }, locale);
}

export function HeadlineCard({ overview, locale }: { overview: Overview; locale: string }) {
  const { currency, thisMonth, netWorth } = overview;
  const change = netWorth.current !== null && netWorth.previous !== null ? netWorth.current - netWorth.previous : null;
  return (
    <Card className="lg:col-span-2">
      <h2 className="sr-only">Balances and this month</h2>
      <dl className="grid grid-cols-2 gap-6 md:grid-cols-4">
        <Stat
          label="Net worth"
          value={netWorth.current === null ? "—" : money(netWorth.current, currency, locale)}
          hint={change === null ? undefined : `${change >= 0 ? "+" : ""}${money(change, currency, locale)} since last month`}
          testId="stat-net-worth"
        />
        <Stat label="Money in this month" value={money(thisMonth.inflow, currency, locale)} tone="positive" testId="stat-inflow" />
        <Stat label="Money out this month" value={money(thisMonth.outflow, currency, locale)} testId="stat-outflow" />
        <Stat label="Net this month" value={money(thisMonth.net, currency, locale)} tone={thisMonth.net < 0 ? "negative" : "positive"} testId="stat-net" />
      </dl>
    </Card>
  );
}

export function TopMerchantsCard({ overview, locale }: { overview: Overview; locale: string }) {
  return (
    <Card title="Top merchants this month">
      {overview.merchants.length === 0 ? (
        <EmptyState title="No spending this month yet" />
      ) : (
        <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="top-merchants">
          {overview.merchants.map((m) => (
            <li key={m.merchant} className="flex justify-between gap-3 py-2">
              <Link href={`/analytics?range=this_month&merchant=${encodeURIComponent(m.merchant)}#merchant`} className="truncate hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
                {m.merchant}
              </Link>
              <span className="shrink-0 tabular-nums">
                {money(m.amount, overview.currency, locale)} <span className="text-slate-600 dark:text-slate-400">· {m.count}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

export function BudgetsGlanceCard({ overview, locale }: { overview: Overview; locale: string }) {
  return (
    <Card title="Budgets">
      {overview.budgets.length === 0 ? (
        <EmptyState title="No budgets yet" actions={<LinkButton href="/budgets/new">Create a budget</LinkButton>}>
          A budget shows how much of a category you have left this period.
        </EmptyState>
      ) : (
        <ul className="space-y-3 text-sm">
          {overview.budgets.slice(0, 5).map(({ budget, status }) => {
            const percent = status.percentUsedBasisPoints === null ? 0 : Math.min(100, status.percentUsedBasisPoints / 100);
            const bar = percent >= 100 ? "bg-red-600" : percent >= 80 ? "bg-amber-500" : "bg-emerald-600";
            return (
              <li key={budget.id}>
                <div className="flex justify-between gap-3">
                  <Link href={`/budgets/${budget.id}`} className="font-medium hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">{budget.name}</Link>
                  <span className="tabular-nums">
                    {money(status.spent, status.currency, locale)} of {money(status.available, status.currency, locale)}
                  </span>
                </div>
                <div className="mt-1 h-2 rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-label={`${budget.name} used`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)}>
                  <div className={`h-2 rounded-full ${bar}`} style={{ width: `${percent}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export function AnomaliesAlertsCard({ overview, locale }: { overview: Overview; locale: string }) {
  const nothing = overview.anomalies.length === 0 && overview.alerts.length === 0;
  return (
    <Card title="Anomalies and alerts">
      {nothing ? (
        <EmptyState title="Nothing unusual">Unusual charges and budget alerts will be listed here.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {overview.anomalies.map((a) => (
            <li key={a.id} className="py-2">
              <p className="font-medium">{a.kindLabel}</p>
              <p className="text-slate-600 dark:text-slate-400">
                {a.explanation}
                {a.transaction ? ` · ${money(a.transaction.amount, a.transaction.currency, locale)} on ${a.transaction.date}` : ""}
              </p>
            </li>
          ))}
          {overview.alerts.map((alert) => (
            <li key={alert.id} className="py-2">
              <p className="font-medium">{alert.title}{alert.readAt ? "" : <span className="ml-2 rounded bg-brand-100 px-1.5 text-xs text-brand-700">new</span>}</p>
              <p className="text-slate-600 dark:text-slate-400">{alert.message}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm"><Link href="/alerts" className="text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100">Open the alert centre</Link></p>
    </Card>
  );
}

const STATUS_TEXT: Record<Overview["connections"][number]["status"], string> = {
  active: "Connected",
  reauth_required: "Needs you to sign in again",
  revoked: "Disconnected",
  error: "Failing",
};

export function SyncStatusCard({ overview, locale }: { overview: Overview; locale: string }) {
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) : "never");
  return (
    <Card title="Bank connections">
      {overview.connections.length === 0 ? (
        <EmptyState title="No bank linked" actions={<LinkButton href="/accounts" variant="primary">Link a bank</LinkButton>}>
          Linked banks sync every 15 minutes; their status shows here.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="connections">
          {overview.connections.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-medium">{c.institutionName}</p>
                <p className="text-slate-600 dark:text-slate-400">
                  {STATUS_TEXT[c.status]} · last synced {when(c.lastSyncAt)}
                  {c.lastRun?.status === "failed" ? " · last sync failed" : ""}
                </p>
              </div>
              <SyncNowButton connectionId={c.id} institutionName={c.institutionName} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
