import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReconcileForm } from "@/components/reconcile/reconcile-form";
import { ReconciliationResult } from "@/components/reconcile/reconciliation-result";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { listReconciliations } from "@/lib/reconcile/reconcile-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reconcile"))("metaTitle") };
}

export default async function ReconcilePage({ params }: { params: Promise<{ accountId: string }> }) {
  const t = await getTranslations("reconcile");
  const user = await requirePageUser();
  const { accountId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) notFound();
  const { account, items } = await listReconciliations(user.id, accountId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <Link href={`/accounts/${account.id}`} className="text-sm text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">← {account.name}</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title", { name: account.name })}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <ReconcileForm accountId={account.id} currency={account.currency} />
      {items.length ? (
        <section aria-labelledby="past-heading" className="space-y-3">
          <h2 id="past-heading" className="text-lg font-semibold">{t("past")}</h2>
          {items.map((item) => <ReconciliationResult key={item.id} view={item} locale={user.locale} />)}
        </section>
      ) : null}
    </div>
  );
}
