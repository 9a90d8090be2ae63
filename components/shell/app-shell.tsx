import Link from "next/link";
import type { ReactNode } from "react";
import { AlertCentreLink } from "@/components/alerts/alert-centre-link";
import { SignOutButton } from "@/components/shell/sign-out-button";

const NAVIGATION = [{ href: "/dashboard", label: "Overview" }, { href: "/accounts", label: "Accounts" }, { href: "/budgets", label: "Budgets" }, { href: "/transactions", label: "Transactions" }, { href: "/imports", label: "Imports" }, { href: "/categories", label: "Categories" }, { href: "/rules", label: "Rules" }, { href: "/scheduled", label: "Scheduled" }, { href: "/goals", label: "Goals" }, { href: "/anomalies", label: "Anomalies" }, { href: "/recurring", label: "Recurring" }, { href: "/analytics", label: "Analytics" }, { href: "/insights", label: "Insights" }, { href: "/activity", label: "Activity" }, { href: "/settings", label: "Settings" }, { href: "/security", label: "Security" }, { href: "/developer", label: "Developer" }];

export function AppShell({ userName, children }: { userName: string; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex min-w-0 flex-1 items-center gap-6 max-md:order-last max-md:basis-full">
            <Link href="/dashboard" className="text-lg font-bold tracking-tight text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-brand-100 max-md:hidden">
              Fathom
            </Link>
            <nav aria-label="Main" className="-mx-1 flex min-w-0 gap-1 overflow-x-auto px-1 pb-1 md:flex-wrap md:overflow-visible md:pb-0">
              {NAVIGATION.map((item) => (
                <Link key={item.href} href={item.href} className="shrink-0 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-200 dark:hover:bg-slate-800">
                  {item.label}
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
