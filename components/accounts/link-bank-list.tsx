/** "Link a bank": one plain form per provider, so linking works without client JavaScript. */
import { useTranslations } from "next-intl";
export function LinkBankList({ providers }: { providers: Array<{ id: string; displayName: string }> }) {
  const t = useTranslations("accounts");
  return (
    <ul className="grid gap-3 sm:grid-cols-3" aria-label={t("banksYouCanLink")}>
      {providers.map((provider) => (
        <li key={provider.id}>
          <form method="post" action={`/api/banks/${provider.id}/link`}>
            <button
              type="submit"
              className="w-full rounded-xl border border-slate-200 bg-white px-4 py-4 text-left text-sm font-medium shadow-sm transition hover:border-brand-500 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
            >
              <span className="block text-base font-semibold">{provider.displayName}</span>
              <span className="text-slate-600 dark:text-slate-400">{t("linkProvider", { name: provider.displayName })}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
