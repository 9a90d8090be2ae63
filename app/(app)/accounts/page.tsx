import type { Metadata } from "next";
import Link from "next/link";
import { ConnectionCard } from "@/components/accounts/connection-card";
import { LinkBankList } from "@/components/accounts/link-bank-list";
import { LinkOutcomeBanner, type LinkOutcome } from "@/components/accounts/link-outcome-banner";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { listConnections } from "@/lib/banks/connections/list-connections";
import { listProviders } from "@/lib/banks/registry";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Accounts" };
export const dynamic = "force-dynamic";

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser();
  const query = await searchParams;
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const [connections, accounts] = await Promise.all([listConnections(user.id), listAccounts(user.id)]);
  const providers = listProviders();
  const manual = accounts.filter((account) => account.source === "manual");
  const outcome: LinkOutcome = Object.fromEntries(["linked", "accounts", "relinked", "link_error", "bank", "unlinked", "revoke_failed"].map((key) => [key, one(key)]));
  return (
    <div className="space-y-6">
      <PageHeader title="Accounts" description="Banks you have linked, and accounts you keep by hand." actions={<LinkButton href="/accounts/manual/new">Add a manual account</LinkButton>} />
      <LinkOutcomeBanner outcome={outcome} bankNames={Object.fromEntries(providers.map((p) => [p.id, p.displayName]))} />
      <section aria-labelledby="linked-banks" className="space-y-3">
        <h2 id="linked-banks" className="text-lg font-semibold">
          Linked banks
        </h2>
        {connections.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No bank linked yet. Choose one below; you will sign in at the bank itself, never here.</p>
        ) : (
          <ul className="space-y-4">
            {connections.map((connection) => (
              <ConnectionCard key={connection.id} connection={connection} locale={user.locale} highlight={one("relink") === connection.id} />
            ))}
          </ul>
        )}
      </section>
      <Card title="Link a bank">
        <LinkBankList providers={providers} />
      </Card>
      {manual.length > 0 ? (
        <Card title="Manual accounts">
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {manual.map((account) => (
              <li key={account.id} className="flex items-center justify-between py-2 text-sm">
                <Link href={`/accounts/${account.id}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
                  {account.name}
                </Link>
                <span className="tabular-nums">{account.currentBalance === null ? "—" : formatMoney({ amount: account.currentBalance, currency: account.currency }, user.locale)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
