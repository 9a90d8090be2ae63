import Link from "next/link";
import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { Stat } from "@/components/ui/stat";
import { SyncNowButton } from "./sync-now-button";
import type { Overview } from "@/lib/analytics/get-overview";
import { formatDate, formatDateTime } from "@/lib/i18n/format-date";
import { formatMoney } from "@/lib/money";

function money(amount: number, currency: string, locale: string): string {
  return formatMoney({ amount, currency }, locale);
}

export function HeadlineCard({ overview, locale }: { overview: Overview; locale: string }) {
  const { currency, thisMonth, netWorth } = overview;
  const change = netWorth.current !== null && netWorth.previous !== null ? netWorth.current - netWorth.previous : null;
  const t = useTranslations("dashboard");
  return (
    <Card className="lg:col-span-2">
      <h2 className="sr-only">{t("balancesThisMonth")}</h2>
      <dl className="grid grid-cols-2 gap-6 md:grid-cols-4">
        <Stat
          label={t("netWorth")}
          value={netWorth.current === null ? "—" : money(netWorth.current, currency, locale)}
          hint={change === null ? undefined : t("sinceLastMonth", { change: `${change >= 0 ? "+" : ""}${money(change, currency, locale)}` })}
          testId="stat-net-worth"
        />
        <Stat label={t("inflowThisMonth")} value={money(thisMonth.inflow, currency, locale)} tone="positive" testId="stat-inflow" />
        <Stat label={t("outflowThisMonth")} value={money(thisMonth.outflow, currency, locale)} testId="stat-outflow" />
        <Stat label={t("netThisMonth")} value={money(thisMonth.net, currency, locale)} tone={thisMonth.net < 0 ? "negative" : "positive"} testId="stat-net" />
      </dl>
    </Card>
  );
}

export function TopMerchantsCard({ overview, locale }: { overview: Overview; locale: string }) {
  const t = useTranslations("dashboard");
  return (
    <Card title={t("topMerchants")}>
      {overview.merchants.length === 0 ? (
        <EmptyState title={t("noSpendingThisMonth")} />
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
  const t = useTranslations("dashboard");
  return (
    <Card title={t("budgets")}>
      {overview.budgets.length === 0 ? (
        <EmptyState title={t("noBudgets")} actions={<LinkButton href="/budgets/new">{t("createBudget")}</LinkButton>}>
          {t("budgetsExplained")}
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
                    {t("spentOf", { spent: money(status.spent, status.currency, locale), available: money(status.available, status.currency, locale) })}
                  </span>
                </div>
                <div className="mt-1 h-2 rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-label={t("budgetUsed", { name: budget.name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)}>
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
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const explainText = useExplain();
  return (
    <Card title={t("anomaliesAndAlerts")}>
      {nothing ? (
        <EmptyState title={t("nothingUnusual")}>{t("nothingUnusualBody")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {overview.anomalies.map((a) => (
            <li key={a.id} className="py-2">
              <p className="font-medium">{explainText({ key: `anomalyKind.${a.kind}` }, a.kindLabel)}</p>
              <p className="text-slate-600 dark:text-slate-400">
                {explainText(a.explanationMessage, a.explanation)}
                {a.transaction ? ` · ${t("amountOn", { amount: money(a.transaction.amount, a.transaction.currency, locale), date: formatDate(a.transaction.date, locale) })}` : ""}
              </p>
            </li>
          ))}
          {overview.alerts.map((alert) => (
            <li key={alert.id} className="py-2">
              <p className="font-medium">{explainText(alert.titleMessage, alert.title)}{alert.readAt ? "" : <span className="ml-2 rounded bg-brand-100 px-1.5 text-xs text-brand-700">{tc("new")}</span>}</p>
              <p className="text-slate-600 dark:text-slate-400">{explainText(alert.messageMessage, alert.message)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm"><Link href="/alerts" className="text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100">{t("openAlertCentre")}</Link></p>
    </Card>
  );
}

export function SyncStatusCard({ overview, locale }: { overview: Overview; locale: string }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : tc("never"));
  return (
    <Card title={t("bankConnections")}>
      {overview.connections.length === 0 ? (
        <EmptyState title={t("noBankLinked")} actions={<LinkButton href="/accounts" variant="primary">{t("linkBank")}</LinkButton>}>
          {t("noBankLinkedBody")}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="connections">
          {overview.connections.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-medium">{c.institutionName}</p>
                <p className="text-slate-600 dark:text-slate-400">
                  {t(`connectionStatus.${c.status}`)} · {t("lastSynced", { when: when(c.lastSyncAt) })}
                  {c.lastRun?.status === "failed" ? ` · ${t("lastSyncFailed")}` : ""}
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
