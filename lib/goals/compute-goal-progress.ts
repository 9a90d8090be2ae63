import { addDays, parseCalendarDate, type CalendarDate } from "@/lib/schedules/calendar-date";

export const GOAL_MILESTONES = [25, 50, 75, 100] as const;

/** The saving rate is measured over this many recent days (about three months). */
export const SAVING_RATE_WINDOW_DAYS = 90;

export interface GoalProgressInput {
  targetAmount: number;
  /** Minor units saved so far (sum of live contributions). */
  saved: number;
  deadline: CalendarDate | null;
  today: CalendarDate;
  contributions: readonly { date: CalendarDate; amount: number }[];
}

export interface GoalProgress {
  /** Whole percent saved, floored (99.9% is not yet 100%), never below 0. May exceed 100. */
  percent: number;
  remaining: number;
  /** Per calendar month until the deadline, rounded up; null without a deadline or once reached. */
  monthlyNeeded: number | null;
  overdue: boolean;
  /** Net contributions per 30 days over the last SAVING_RATE_WINDOW_DAYS. */
  recentMonthlyRate: number;
  /** When the goal is reached at the recent rate; null if reached already or not saving. */
  projectedDate: CalendarDate | null;
}

/** Whole calendar months from `today` to `deadline`, at least 1 while the deadline is not past. */
export function monthsUntil(today: CalendarDate, deadline: CalendarDate): number {
  const a = parseCalendarDate(today);
  const b = parseCalendarDate(deadline);
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  return Math.max(1, months);
}

export function computeGoalProgress(input: GoalProgressInput): GoalProgress {
  const { targetAmount, saved, deadline, today } = input;
  const remaining = Math.max(0, targetAmount - saved);
  const percent = targetAmount <= 0 ? 100 : Math.max(0, Math.floor((saved * 100) / targetAmount));
  const overdue = deadline !== null && deadline < today && remaining > 0;
  const monthlyNeeded = deadline === null || remaining === 0 || overdue ? null : Math.ceil(remaining / monthsUntil(today, deadline));
  const windowStart = addDays(today, -(SAVING_RATE_WINDOW_DAYS - 1));
  const recent = input.contributions.filter((c) => c.date >= windowStart && c.date <= today).reduce((sum, c) => sum + c.amount, 0);
  const recentMonthlyRate = Math.floor((recent * 30) / SAVING_RATE_WINDOW_DAYS);
  // Integer days: remaining / (recent / window) rounded up, so the projection is never optimistic.
  const projectedDate = remaining === 0 || recent <= 0 ? null : addDays(today, Math.ceil((remaining * SAVING_RATE_WINDOW_DAYS) / recent));
  return { percent, remaining, monthlyNeeded, overdue, recentMonthlyRate, projectedDate };
}

/** Milestones now reached that were not announced before, in ascending order. */
export function newlyReachedMilestones(saved: number, targetAmount: number, announced: readonly number[]): number[] {
  if (targetAmount <= 0) return [];
  return GOAL_MILESTONES.filter((pct) => saved * 100 >= targetAmount * pct && !announced.includes(pct));
}
