import Link from "next/link";
import type { ConnectionSummary } from "@/lib/banks/connections/list-connections";
import { formatMoney } from "@/lib/money";
import { useTranslations } from "next-intl";

const STATUS_CLASS: Record<ConnectionSummary["status"], string> = {
  active: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  reauth_required: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  revoked: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  error: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

const buttonClass = "inline-flex items-center rounded-lg px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500";

export function ConnectionCard({ connection, locale, highlight }: { connection: ConnectionSummary; locale: string; highlight: boolean }) {
  const t = useTranslations("connectionCard");
  const canRelink = connection.provider !== null && connection.status !== "active";
  return (
    <li
      className={`rounded-2xl border bg-white p-5 shadow-sm dark:bg-slate-900 ${highlight ? "border-amber-400 ring-2 ring-amber-300" : "border-slate-200 dark:border-slate-800"}`}
      data-testid="connection"
      aria-label={connection.institutionName}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h3 className="text-base font-semibold">
            <Link href={`/connections/${connection.id}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
              {connection.institutionName}
            </Link>
          </h3>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[connection.status]}`} data-testid="connection-status">
            {t(`status.${connection.status}`)}
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {canRelink ? (
            <form method="post" action={`/api/banks/${connection.provider}/link`}>
              <input type="hidden" name="connectionId" value={connection.id} />
              <button type="submit" className={`${buttonClass} bg-brand-600 text-white hover:bg-brand-700`}>
                {t("relink", { name: connection.institutionName })}
              </button>
            </form>
          ) : null}
          {connection.status !== "revoked" ? (
            <details className="relative">
              <summary className={`${buttonClass} cursor-pointer border border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800`}>{t("unlink")}</summary>
              <form method="post" action={`/api/banks/connections/${connection.id}/unlink`} className="absolute right-0 z-10 mt-2 w-72 space-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
                <p>{t("unlinkQuestion", { name: connection.institutionName })}</p>
                <button type="submit" name="data" value="keep" className={`${buttonClass} w-full justify-center border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800`}>
                  {t("unlinkKeep")}
                </button>
                <button type="submit" name="data" value="delete" className={`${buttonClass} w-full justify-center bg-red-600 text-white hover:bg-red-700`}>
                  {t("unlinkDelete")}
                </button>
              </form>
            </details>
          ) : null}
        </div>
      </div>
      {connection.status === "reauth_required" ? (
        <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">{t("reauthExplained")}</p>
      ) : null}
      <ul className="mt-4 divide-y divide-slate-100 dark:divide-slate-800">
        {connection.accounts.map((account) => (
          <li key={account.id} className="flex items-center justify-between py-2 text-sm">
            <Link href={`/accounts/${account.id}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
              {account.name}
              {account.mask ? <span className="text-slate-500"> ••{account.mask}</span> : null}
            </Link>
            <span className="tabular-nums">{account.currentBalance === null ? "—" : formatMoney({ amount: account.currentBalance, currency: account.currency }, locale)}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
