/**
 * Pairs a debit in one of the user's accounts with the credit of the same magnitude in another, as a
 * transfer between their own accounts. Pure: no I/O.
 *
 * A pair needs: different accounts, the same currency, amounts that cancel exactly, booking dates at
 * most TRANSFER_WINDOW_DAYS apart (banks book the two legs on different days). Closer dates win;
 * each row joins at most one pair; when a row's best candidates tie, nothing is paired for it (two
 * identical $500 credits on the same day cannot be told apart, and a wrong link hides spending).
 */
export const TRANSFER_WINDOW_DAYS = 3;

export interface TransferCandidate {
  id: string;
  accountId: string;
  /** Signed minor units: negative is money leaving the account. */
  amount: number;
  currency: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface TransferPair {
  debitId: string;
  creditId: string;
  days: number;
}

const DAY_MS = 86_400_000;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

export function matchTransfers(candidates: readonly TransferCandidate[], windowDays = TRANSFER_WINDOW_DAYS): TransferPair[] {
  const credits = new Map<string, TransferCandidate[]>();
  for (const row of candidates) {
    if (row.amount <= 0) continue;
    const key = `${row.currency}:${row.amount}`;
    const list = credits.get(key) ?? [];
    list.push(row);
    credits.set(key, list);
  }
  const pairs: TransferPair[] = [];
  for (const debit of candidates) {
    if (debit.amount >= 0) continue;
    for (const credit of credits.get(`${debit.currency}:${-debit.amount}`) ?? []) {
      if (credit.accountId === debit.accountId) continue;
      const days = daysBetween(debit.date, credit.date);
      if (days <= windowDays) pairs.push({ debitId: debit.id, creditId: credit.id, days });
    }
  }
  pairs.sort((a, b) => a.days - b.days || a.debitId.localeCompare(b.debitId) || a.creditId.localeCompare(b.creditId));
  const claimed = new Set<string>();
  const chosen: TransferPair[] = [];
  for (const pair of pairs) {
    if (claimed.has(pair.debitId) || claimed.has(pair.creditId)) continue;
    const rivals = pairs.filter((other) => other !== pair && other.days === pair.days && !claimed.has(other.debitId) && !claimed.has(other.creditId)
      && (other.debitId === pair.debitId || other.creditId === pair.creditId));
    if (rivals.length > 0) {
      // Ambiguous: neither side is paired now, nor later with a worse candidate.
      claimed.add(pair.debitId);
      claimed.add(pair.creditId);
      for (const rival of rivals) { claimed.add(rival.debitId); claimed.add(rival.creditId); }
      continue;
    }
    claimed.add(pair.debitId);
    claimed.add(pair.creditId);
    chosen.push(pair);
  }
  return chosen;
}
