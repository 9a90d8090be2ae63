import { daysBetween, type CalendarDate } from "@/lib/schedules/calendar-date";
import { normalizeMerchant } from "@/lib/categorize/normalize-merchant";

/** A transaction the scheduler created, still waiting for the bank's own copy. */
export interface ScheduledCandidate {
  transactionId: string;
  occurrenceId: string;
  accountId: string;
  /** Signed minor units. */
  amount: number;
  date: CalendarDate;
  description: string;
}

/** A row that arrived from a bank sync (or import). */
export interface IncomingTransaction {
  accountId: string;
  amount: number;
  date: CalendarDate;
  description: string;
}

export interface ScheduledMatch {
  transactionId: string;
  occurrenceId: string;
  /** 0..1, higher is better. */
  score: number;
  reasons: string[];
}

export interface MatchOptions {
  /** Banks book a few days either side of the scheduled date (weekends, processing). */
  dateWindowDays?: number;
  /** Relative amount difference still accepted (a utility bill varies); 0 means exact. */
  amountTolerance?: number;
  /** Scheduled rows already matched in this batch: one scheduled row never matches twice. */
  claimed?: ReadonlySet<string>;
}

export const SCHEDULED_MATCH_DATE_WINDOW_DAYS = 4;

/**
 * The scheduled transaction an incoming bank row stands for, or null. Same account, same sign, amount
 * equal (or within `amountTolerance`), date within the window; among several, the best score wins:
 * closer date, closer amount, and a matching payee name each raise it.
 */
export function matchScheduledOccurrence(incoming: IncomingTransaction, candidates: readonly ScheduledCandidate[], options: MatchOptions = {}): ScheduledMatch | null {
  const window = options.dateWindowDays ?? SCHEDULED_MATCH_DATE_WINDOW_DAYS;
  const tolerance = options.amountTolerance ?? 0;
  const incomingPayee = normalizeMerchant(incoming.description).toLowerCase();
  let best: ScheduledMatch | null = null;
  for (const candidate of candidates) {
    if (candidate.accountId !== incoming.accountId || options.claimed?.has(candidate.transactionId)) continue;
    if (Math.sign(candidate.amount) !== Math.sign(incoming.amount) || candidate.amount === 0) continue;
    const dayGap = Math.abs(daysBetween(candidate.date, incoming.date));
    if (dayGap > window) continue;
    const amountGap = Math.abs(candidate.amount - incoming.amount) / Math.abs(candidate.amount);
    if (amountGap > tolerance) continue;
    const reasons = [amountGap === 0 ? "same amount" : `amount within ${Math.round(amountGap * 1000) / 10}%`, dayGap === 0 ? "same date" : `${dayGap} day(s) apart`];
    let score = 0.6 * (1 - dayGap / (window + 1)) + 0.3 * (tolerance === 0 ? 1 : 1 - amountGap / tolerance);
    const payee = normalizeMerchant(candidate.description).toLowerCase();
    if (payee && incomingPayee && (payee.includes(incomingPayee) || incomingPayee.includes(payee))) {
      score += 0.1;
      reasons.push("same payee");
    }
    score = Math.round(score * 1000) / 1000;
    if (!best || score > best.score) best = { transactionId: candidate.transactionId, occurrenceId: candidate.occurrenceId, score, reasons };
  }
  return best;
}
