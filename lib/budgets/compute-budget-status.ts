import { z } from "zod";
import { assertMinor, type CurrencyCode } from "@/lib/money";
import { budgetPeriod, isInPeriod, type BudgetPeriod, type BudgetPeriodKind } from "./budget-period";
import { daysBetween, type CalendarDate } from "@/lib/schedules/calendar-date";

export const DEFAULT_THRESHOLDS: readonly number[] = [80, 100];

export const BudgetInput = z.object({
  /** Budgeted amount for one period, in minor units; zero is allowed ("spend nothing here"). */
  amount: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(["weekly", "monthly", "quarterly", "yearly"]),
  weekStart: z.number().int().min(0).max(6).optional(),
  /** Null or absent: the budget covers all spending. */
  categoryKey: z.string().nullable().optional(),
  /** Whole percentages of the available amount, e.g. [80, 100]. */
  thresholds: z.array(z.number().int().positive()).optional(),
  rollover: z.boolean().default(false),
  includePending: z.boolean().default(true),
});
export type Budget = z.input<typeof BudgetInput>;

/**
 * A transaction as the budget sees it. Sign convention: negative `amount` is money leaving the
 * account (a purchase), positive is money coming in (a refund). Refunds in the category therefore
 * reduce spending.
 */
export interface BudgetTransaction {
  date: CalendarDate;
  amount: number;
  /** When present and different from the budget's currency the row is skipped, not converted. */
  currency?: CurrencyCode;
  categoryKey: string | null;
  pending: boolean;
  isTransfer: boolean;
  excluded: boolean;
}

export interface BudgetStatusInput {
  budget: Budget;
  transactions: readonly BudgetTransaction[];
  /** Remaining amount rolled over from the previous period: positive unspent, negative overspent. */
  carriedOver?: number;
  today: CalendarDate;
}

export interface BudgetStatus {
  period: BudgetPeriod;
  currency: CurrencyCode;
  budgeted: number;
  carriedOver: number;
  /** budgeted + carriedOver when rollover is on, else budgeted. May be negative after a big overspend. */
  available: number;
  /** Net outflow, floored at zero: refunds larger than purchases do not make spending negative. */
  spent: number;
  /** Net inflow beyond spending (refunds exceeding purchases); 0 otherwise. */
  refundSurplus: number;
  /** available - spent; negative when over budget. */
  remaining: number;
  overBy: number;
  /** spent / available in integer basis points (10000 = 100%); null when nothing is available. */
  percentUsedBasisPoints: number | null;
  /** Thresholds (whole percentages) reached, ascending. */
  crossedThresholds: number[];
  /** What the next period receives as `carriedOver`: `remaining` with rollover, else 0. */
  carryForward: number;
  /** Days of the period up to and including today, and the period's total length. */
  daysElapsed: number;
  daysInPeriod: number;
  countedTransactions: number;
  skippedOtherCurrency: number;
}

function countsTowardBudget(tx: BudgetTransaction, budget: z.output<typeof BudgetInput>): boolean {
  if (tx.isTransfer || tx.excluded) return false;
  if (tx.pending && !budget.includePending) return false;
  if (budget.categoryKey != null && tx.categoryKey !== budget.categoryKey) return false;
  return true;
}

/**
 * A threshold t% is crossed when spent >= t% of available. Integer arithmetic only.
 * Nothing is crossed by spending nothing against a zero budget, but a negative `available`
 * (carried-over overspend larger than the budget) means every threshold is already past.
 */
export function findCrossedThresholds(spent: number, available: number, thresholds: readonly number[]): number[] {
  const crossed = thresholds.filter((t) => {
    if (available < 0) return true;
    if (spent <= 0) return false;
    return BigInt(spent) * 100n >= BigInt(t) * BigInt(available);
  });
  return [...new Set(crossed)].sort((a, b) => a - b);
}

export function computeBudgetStatus(input: BudgetStatusInput): BudgetStatus {
  const budget = BudgetInput.parse(input.budget);
  const period = budgetPeriod(input.today, { period: budget.period, weekStart: budget.weekStart });
  const carriedOver = budget.rollover ? assertMinor(input.carriedOver ?? 0) : 0;
  const available = budget.amount + carriedOver;

  let netInflow = 0;
  let counted = 0;
  let skippedOtherCurrency = 0;
  for (const tx of input.transactions) {
    if (!isInPeriod(tx.date, period) || !countsTowardBudget(tx, budget)) continue;
    if (tx.currency !== undefined && tx.currency !== budget.currency) {
      skippedOtherCurrency += 1;
      continue;
    }
    netInflow += assertMinor(tx.amount);
    counted += 1;
  }
  assertMinor(netInflow);
  const spent = Math.max(0, -netInflow);
  const refundSurplus = Math.max(0, netInflow);
  const remaining = available - spent;

  const percentUsedBasisPoints =
    available > 0 ? Number((BigInt(spent) * 10_000n) / BigInt(available)) : null;

  return {
    period,
    currency: budget.currency,
    budgeted: budget.amount,
    carriedOver,
    available,
    spent,
    refundSurplus,
    remaining,
    overBy: Math.max(0, -remaining),
    percentUsedBasisPoints,
    crossedThresholds: findCrossedThresholds(spent, available, budget.thresholds ?? DEFAULT_THRESHOLDS),
    carryForward: budget.rollover ? remaining : 0,
    daysElapsed: Math.min(daysBetween(period.start, input.today) + 1, daysBetween(period.start, period.end)),
    daysInPeriod: daysBetween(period.start, period.end),
    countedTransactions: counted,
    skippedOtherCurrency,
  };
}

export type { BudgetPeriodKind };
