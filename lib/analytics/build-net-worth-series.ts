/**
 * Month-end balances derived backwards from today's balance: the balance at the end of month M is
 * the current balance minus everything booked after M. Pure, so the arithmetic is unit-tested.
 */
export interface AccountFlows {
  accountId: string;
  currency: string;
  /** Today's balance in minor units of `currency` (negative for money owed). */
  currentBalance: number;
  /** Net booked amount per "YYYY-MM" from the first charted month onwards (later months included). */
  flowsByMonth: ReadonlyMap<string, number>;
}

export interface AccountMonthBalance {
  accountId: string;
  currency: string;
  month: string;
  balance: number;
}

/** `months` is oldest first and ends with the current month. */
export function rollBalancesBack(accounts: readonly AccountFlows[], months: readonly string[]): AccountMonthBalance[] {
  const result: AccountMonthBalance[] = [];
  for (const account of accounts) {
    const lastMonth = months[months.length - 1] ?? "";
    // Anything booked after the last charted month (future-dated rows) is already in today's balance.
    let after = 0;
    for (const [month, amount] of account.flowsByMonth) if (month > lastMonth) after += amount;
    let balance = account.currentBalance - after;
    for (let i = months.length - 1; i >= 0; i -= 1) {
      const month = months[i] ?? "";
      result.push({ accountId: account.accountId, currency: account.currency, month, balance });
      balance -= account.flowsByMonth.get(month) ?? 0;
    }
  }
  return result;
}

export interface NetWorthPoint {
  month: string;
  assets: number;
  liabilities: number;
  netWorth: number;
}

/** Sums converted balances per month: positive balances are assets, negative ones liabilities. */
export function sumNetWorth(balances: readonly { month: string; balance: number }[], months: readonly string[]): NetWorthPoint[] {
  const points = new Map(months.map((month) => [month, { month, assets: 0, liabilities: 0, netWorth: 0 }]));
  for (const { month, balance } of balances) {
    const point = points.get(month);
    if (!point) continue;
    if (balance >= 0) point.assets += balance;
    else point.liabilities -= balance;
    point.netWorth += balance;
  }
  return [...points.values()];
}
