import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("accounts");
  const user = await requirePageUser();
  const query = await searchParams;
  const one = (key: string) => (typeof query[key] === "string" ? (query[key] as string) : undefined);
  const [connections, accounts] = await Promise.all([listConnections(user.id), listAccounts(user.id)]);
  const providers = listProviders();
  const manual = accounts.filter((account) => account.source === "manual");
  const outcome: LinkOutcome = Object.fromEntries(["linked", "accounts", "relinked", "link_error", "bank", "unlinked", "revoke_failed"].map((key) => [key, one(key)]));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} actions={<LinkButton href="/accounts/manual/new">{t("addManual")}</LinkButton>} />
      <LinkOutcomeBanner outcome={outcome} bankNames={Object.fromEntries(providers.map((p) => [p.id, p.displayName]))} />
      <section aria-labelledby="linked-banks" className="space-y-3">
        <h2 id="linked-banks" className="text-lg font-semibold">
          {t("linkedBanks")}
        </h2>
        {connections.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noBankLinked")}</p>
        ) : (
          <ul className="space-y-4">
            {connections.map((connection) => (
              <ConnectionCard key={connection.id} connection={connection} locale={user.locale} highlight={one("relink") === connection.id} />
            ))}
          </ul>
        )}
      </section>
      <Card title={t("linkBank")}>
        <LinkBankList providers={providers} />
      </Card>
      {manual.length > 0 ? (
        <Card title={t("manualAccounts")}>
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
