import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FindTransfersButton } from "@/components/transactions/find-transfers-button";
import { TransactionFiltersForm } from "@/components/transactions/transaction-filters-form";
import { TransactionsTable } from "@/components/transactions/transactions-table";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";
import { toErrorResponse } from "@/lib/errors";
import { localizeErrorBody } from "@/lib/i18n/localize-error-body";
import { formatMoney } from "@/lib/money";
import { searchTransactions } from "@/lib/transactions/search-transactions";
import { filtersToSearch } from "@/lib/transactions/transaction-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("transactions");
  const user = await requirePageUser();
  const params = await searchParams;
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")]));
  const [result, categories, accounts] = await Promise.all([
    searchTransactions(user.id, { limit: "200", ...params }).then((page) => ({ page, error: null }), async (error: unknown) => {
      const { status, body } = toErrorResponse(error);
      return { page: null, error: { status, message: (await localizeErrorBody(error, body.error)).message } };
    }),
    listCategories(user.id),
    listAccounts(user.id),
  ]);
  const { page, error } = result;
  if (error && error.status !== 422) throw new Error("Could not load transactions");
  const { cursor: _cursor, ...withoutCursor } = values;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <FindTransfersButton />
      </div>
      <TransactionFiltersForm values={values} accounts={accounts} categories={categories} />
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {t("invalidFilter", { error: error.message })}
        </p>
      ) : null}
      {page?.totals ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="transaction-totals">
          {t("count", { count: page.totals.count })}
          {page.totals.byCurrency.map((total) => (
            <span key={total.currency}>
              {" · "}
              {t("totals", {
                inflow: formatMoney({ amount: total.inflow, currency: total.currency }, user.locale),
                outflow: formatMoney({ amount: total.outflow, currency: total.currency }, user.locale),
                net: formatMoney({ amount: total.net, currency: total.currency }, user.locale),
              })}
            </span>
          ))}
        </p>
      ) : null}
      {page && page.items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{Object.keys(withoutCursor).length ? t("noMatches") : t("empty")}</p>
      ) : null}
      {page && page.items.length > 0 ? <TransactionsTable transactions={page.items} categories={categories} locale={user.locale} /> : null}
      {page?.nextCursor ? (
        <Link href={`/transactions${filtersToSearch({ ...withoutCursor, cursor: page.nextCursor })}`} className="inline-block rounded-lg border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:hover:bg-slate-800">
          {t("nextPage")}
        </Link>
      ) : null}
    </div>
  );
}
