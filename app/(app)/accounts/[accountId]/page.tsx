import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AccountSettings } from "@/components/manual/account-settings";
import { AccountTransactions } from "@/components/manual/account-transactions";
import { AddTransactionForm } from "@/components/manual/add-transaction-form";
import { BalanceHistoryChart } from "@/components/manual/balance-history-chart";
import { ConvertedAmount } from "@/components/manual/converted-amount";
import { ManualRateForm } from "@/components/manual/manual-rate-form";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { getAccountDetail } from "@/lib/accounts/get-account-detail";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { formatMinorAsDecimal, formatMoney } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountDetail"))("title") };
}

const ACCOUNT_TYPES = ["checking", "savings", "credit_card", "cash", "loan", "investment"] as const;

function isAccountType(value: string): value is (typeof ACCOUNT_TYPES)[number] {
  return (ACCOUNT_TYPES as readonly string[]).includes(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(userId: string, accountId: string) {
  if (!UUID.test(accountId)) notFound();
  try {
    return await getAccountDetail(userId, accountId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const t = await getTranslations("accountDetail");
  const user = await requirePageUser();
  const { accountId } = await params;
  const [detail, accounts] = await Promise.all([load(user.id, accountId), listAccounts(user.id)]);
  const { account, balanceInHome } = detail;
  const money = (amount: number, currency = account.currency) => formatMoney({ amount, currency }, user.locale);
  const others = accounts.filter((a) => a.id !== account.id && a.source === "manual").map((a) => ({ id: a.id, name: a.name, currency: a.currency }));
  const missingDate = detail.transactions.find((tx) => tx.inHome.amount === null)?.date ?? detail.today;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{account.name}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {account.source === "manual" ? t("manual") : account.institutionName} · {isAccountType(account.type) ? t(`type.${account.type}`) : account.type} · {account.currency}
            {account.archived ? t("archivedSuffix") : ""}
          </p>
        </div>
        <LinkButton href={`/accounts/${account.id}/reconcile`}>{t("reconcile")}</LinkButton>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("balance")} className="lg:col-span-1">
          <p className="text-3xl font-semibold tabular-nums" data-testid="account-balance">{account.currentBalance === null ? "—" : money(account.currentBalance)}</p>
          {balanceInHome && account.currency !== detail.homeCurrency ? (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {t.rich("inHomeCurrency", { amount: () => <ConvertedAmount conversion={balanceInHome} from={account.currency} locale={user.locale} /> })}
            </p>
          ) : null}
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("openingBalance", { amount: money(account.openingBalance) })}</p>
        </Card>
        <Card title={t("balanceHistory")} className="lg:col-span-2">
          {detail.history.length ? <BalanceHistoryChart points={detail.history} currency={account.currency} locale={user.locale} /> : <p className="text-sm">{t("noBalance")}</p>}
        </Card>
      </div>
      {detail.missingRates > 0 || (detail.balanceInHome && detail.balanceInHome.amount === null) ? (
        <Card title={t("rateMissing")}>
          <p role="alert" className="mb-3 text-sm text-amber-800 dark:text-amber-300">
            {t("rateMissingDetail", { count: detail.missingRates, home: detail.homeCurrency, from: account.currency })}
          </p>
          <ManualRateForm base={account.currency} quote={detail.homeCurrency} date={missingDate} />
        </Card>
      ) : null}
      {account.source === "manual" && !account.archived ? (
        <Card title={t("addTransaction")}>
          <AddTransactionForm accountId={account.id} currency={account.currency} today={detail.today} otherAccounts={others} />
        </Card>
      ) : null}
      <Card title={t("transactions")}>
        <AccountTransactions
          homeCurrency={detail.homeCurrency}
          locale={user.locale}
          rows={detail.transactions.map((tx) => ({
            id: tx.id, date: tx.date, description: tx.description, amount: tx.amount, currency: tx.currency, source: tx.source, categoryName: tx.categoryName,
            transferNote: tx.transfer
              ? t(tx.amount < 0 ? "transferTo" : "transferFrom", { account: tx.transfer.accountName, amount: money(tx.transfer.amount, tx.transfer.currency) }) + (tx.transfer.impliedRate ? t("impliedRate", { rate: tx.transfer.impliedRate }) : "")
              : null,
            converted: <ConvertedAmount conversion={tx.inHome} from={tx.currency} locale={user.locale} />,
          }))}
        />
      </Card>
      {account.source === "manual" ? (
        <Card title={t("accountSettings")}>
          <AccountSettings accountId={account.id} name={account.name} openingBalance={formatMinorAsDecimal(account.openingBalance, account.currency)} archived={account.archived} />
        </Card>
      ) : null}
    </div>
  );
}
