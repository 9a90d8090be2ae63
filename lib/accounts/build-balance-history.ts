import { addDays, type CalendarDate } from "@/lib/schedules/calendar-date";
import { addMinor } from "@/lib/money";

export interface BalancePoint {
  date: CalendarDate;
  /** End-of-day balance in minor units. */
  balance: number;
}

/**
 * End-of-day balances for every day in [from, to], walked backwards from the balance after the last
 * day: the balance at the end of day D is the later balance minus everything booked after D.
 * `balanceAfterTo` is the end-of-day balance on `to`; `dailyTotals` maps a date to that day's net sum.
 */
export function buildBalanceHistory(balanceAfterTo: number, dailyTotals: ReadonlyMap<CalendarDate, number>, from: CalendarDate, to: CalendarDate): BalancePoint[] {
  const points: BalancePoint[] = [];
  let balance = balanceAfterTo;
  for (let date = to; date >= from; date = addDays(date, -1)) {
    points.push({ date, balance });
    balance = addMinor(balance, -(dailyTotals.get(date) ?? 0));
  }
  return points.reverse();
}
