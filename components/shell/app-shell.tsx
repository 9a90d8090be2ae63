import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AlertCentreLink } from "@/components/alerts/alert-centre-link";
import { SignOutButton } from "@/components/shell/sign-out-button";
import type { Messages } from "@/lib/i18n/load-messages";

/** Labels are keys of the "nav" messages, so every language names each entry. */
type NavKey = Exclude<keyof Messages["nav"], "main" | "signOut">;

const NAVIGATION: { href: string; key: NavKey }[] = [{ href: "/dashboard", key: "overview" }, { href: "/accounts", key: "accounts" }, { href: "/budgets", key: "budgets" }, { href: "/transactions", key: "transactions" }, { href: "/imports", key: "imports" }, { href: "/categories", key: "categories" }, { href: "/rules", key: "rules" }, { href: "/scheduled", key: "scheduled" }, { href: "/goals", key: "goals" }, { href: "/review", key: "review" }, { href: "/anomalies", key: "anomalies" }, { href: "/recurring", key: "recurring" }, { href: "/analytics", key: "analytics" }, { href: "/insights", key: "insights" }, { href: "/activity", key: "activity" }, { href: "/settings", key: "settings" }, { href: "/security", key: "security" }, { href: "/developer", key: "developer" }];

export function AppShell({ userName, children }: { userName: string; children: ReactNode }) {
  const t = useTranslations("nav");
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex min-w-0 flex-1 items-center gap-6 max-md:order-last max-md:basis-full">
            <Link href="/dashboard" className="text-lg font-bold tracking-tight text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100 max-md:hidden">
              Fathom
            </Link>
            <nav aria-label={t("main")} className="-mx-1 flex min-w-0 gap-1 overflow-x-auto px-1 pb-1 md:flex-wrap md:overflow-visible md:pb-0">
              {NAVIGATION.map((item) => (
                <Link key={item.href} href={item.href} className="shrink-0 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-200 dark:hover:bg-slate-800">
                  {t(item.key)}
                </Link>
              ))}
            </nav>
          </div>
          <Link href="/dashboard" className="text-lg font-bold tracking-tight text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100 md:hidden">
            Fathom
          </Link>
          <div className="flex items-center gap-3">
            <AlertCentreLink />
            <span className="text-sm text-slate-600 dark:text-slate-400" data-testid="signed-in-user">
              {userName}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}
