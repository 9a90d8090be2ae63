import { formatMinorAsDecimal, minorUnits } from "@/lib/money";
import type { ParsedStatement } from "./types";

export interface StatementSummary {
  format: string;
  encoding: string;
  accounts: number;
  account_details: Array<{
    id: string | null;
    currency: string;
    transactions: number;
    stated_balance: string | null;
  }>;
  transactions: number;
  date_range: { from: string; to: string } | null;
  /** Per currency, major units as decimal strings so no float ever rounds them. */
  sums: Record<string, string>;
  rejected: Array<{ line: number; reason: string }>;
  warnings: string[];
}

/** The numbers a person checks against the statement: counts, date range and sums per currency. */
export function summarizeStatement(statement: ParsedStatement): StatementSummary {
  const transactions = statement.accounts.flatMap((a) => a.transactions);
  const byCurrency = new Map<string, number[]>();
  for (const t of transactions) {
    const list = byCurrency.get(t.currency) ?? [];
    list.push(t.amount);
    byCurrency.set(t.currency, list);
  }
  const sums: Record<string, string> = {};
  for (const [currency, amounts] of [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    sums[currency] = formatBigMinor(amounts.reduce((total, a) => total + BigInt(a), 0n), currency);
  }
  const dates = transactions.map((t) => t.date).sort();
  const from = dates[0];
  const to = dates[dates.length - 1];
  return {
    format: statement.format,
    encoding: statement.encoding,
    accounts: statement.accounts.length,
    account_details: statement.accounts.map((a) => ({
      id: a.accountId ?? null,
      currency: a.currency,
      transactions: a.transactions.length,
      stated_balance: a.statedBalance ? formatMinorAsDecimal(a.statedBalance.amount, a.currency) : null,
    })),
    transactions: transactions.length,
    date_range: from && to ? { from, to } : null,
    sums,
    // The CLI's JSON keeps its shape: English reasons only, no catalog codes.
    rejected: statement.rejected.map(({ line, reason }) => ({ line, reason })),
    warnings: statement.warnings,
  };
}

/** Sums of many large amounts can pass 2^53 even when each amount is safe, so totals use BigInt. */
function formatBigMinor(amount: bigint, currency: string): string {
  const exponent = minorUnits(currency);
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString().padStart(exponent + 1, "0");
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? "" : `.${digits.slice(-exponent)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}
