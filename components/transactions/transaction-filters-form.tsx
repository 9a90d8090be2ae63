import type { AccountSummary } from "@/lib/accounts/list-accounts";
import type { CategoryView } from "@/lib/categories/list-categories";
import { CategoryOptions } from "@/components/transactions/category-options";
import { useTranslations } from "next-intl";

const FIELD = "block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";
const LABEL = "block text-xs font-medium text-slate-600 dark:text-slate-300";

/** A plain GET form: the filters land in the URL, so a filtered list is a shareable link and works without JavaScript. */
export function TransactionFiltersForm({ values, accounts, categories }: { values: Record<string, string>; accounts: AccountSummary[]; categories: CategoryView[] }) {
  const t = useTranslations("transactionFilters");
  return (
    <form method="get" action="/transactions" aria-label={t("label")} className="grid grid-cols-2 gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-6 dark:border-slate-800 dark:bg-slate-900">
      <label className="col-span-2 space-y-1">
        <span className={LABEL}>{t("search")}</span>
        <input name="q" type="search" defaultValue={values.q ?? ""} className={FIELD} />
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("account")}</span>
        <select name="accountId" defaultValue={values.accountId ?? ""} className={FIELD}>
          <option value="">{t("allAccounts")}</option>
          {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("category")}</span>
        <select name="categoryId" defaultValue={values.categoryId ?? ""} className={FIELD}>
          <option value="">{t("allCategories")}</option>
          <option value="none">{t("uncategorized")}</option>
          <CategoryOptions categories={categories} />
        </select>
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("from")}</span>
        <input name="from" type="date" defaultValue={values.from ?? ""} className={FIELD} />
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("to")}</span>
        <input name="to" type="date" defaultValue={values.to ?? ""} className={FIELD} />
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("minAmount")}</span>
        <input name="minAmount" inputMode="numeric" defaultValue={values.minAmount ?? ""} className={FIELD} />
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("maxAmount")}</span>
        <input name="maxAmount" inputMode="numeric" defaultValue={values.maxAmount ?? ""} className={FIELD} />
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("status")}</span>
        <select name="status" defaultValue={values.status ?? ""} className={FIELD}>
          <option value="">{t("pendingAndPosted")}</option>
          <option value="pending">{t("pending")}</option>
          <option value="posted">{t("posted")}</option>
        </select>
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("anomalies")}</span>
        <select name="anomaly" defaultValue={values.anomaly ?? ""} className={FIELD}>
          <option value="">{t("any")}</option>
          <option value="true">{t("flaggedOnly")}</option>
          <option value="false">{t("notFlagged")}</option>
        </select>
      </label>
      <label className="space-y-1">
        <span className={LABEL}>{t("sort")}</span>
        <select name="sort" defaultValue={values.sort ?? "date_desc"} className={FIELD}>
          <option value="date_desc">{t("newestFirst")}</option>
          <option value="date_asc">{t("oldestFirst")}</option>
          <option value="amount_asc">{t("largestOutflow")}</option>
          <option value="amount_desc">{t("largestInflow")}</option>
        </select>
      </label>
      <div className="col-span-2 flex items-end gap-2 md:col-span-1">
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500">{t("apply")}</button>
        <a href="/transactions" className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-slate-200 dark:hover:bg-slate-800">{t("clear")}</a>
      </div>
    </form>
  );
}
