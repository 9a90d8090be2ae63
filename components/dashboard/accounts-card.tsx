import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { AccountSummary } from "@/lib/accounts/list-accounts";
import { formatMoney } from "@/lib/money";

export function AccountsCard({ accounts, locale }: { accounts: AccountSummary[]; locale: string }) {
  const t = useTranslations("dashboard");
  const tc = useTranslations("common");
  return (
    <Card title={t("accounts")}>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {accounts.map((account) => (
          <li key={account.id} className="flex items-center justify-between py-2 text-sm">
            <span>
              <span className="font-medium">{account.name}</span>
              <span className="ml-2 text-slate-600 dark:text-slate-400">{account.institutionName ?? tc("manual")}{account.mask ? ` ••${account.mask}` : ""}</span>
            </span>
            <span className="tabular-nums">{account.currentBalance === null ? "—" : formatMoney({ amount: account.currentBalance, currency: account.currency }, locale)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
