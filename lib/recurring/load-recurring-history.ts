import { minorFromBigInt } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import type { SqlQueryable } from "@/lib/sql";
import { detectRecurringStreams, type RecurringStream } from "./detect-recurring-streams";

/** Yearly streams need three occurrences, so a little over two years of history. */
export const RECURRING_LOOKBACK_DAYS = 800;
/** The newest rows of each group are enough to classify it and to price it. */
export const RECURRING_ROWS_PER_GROUP = 24;

export interface RecurringHistory {
  streams: RecurringStream[];
  /** Display names by merchant key (the newest spelling seen). */
  merchantNames: Record<string, string>;
}

interface Row {
  id: string;
  date: string;
  amount: string;
  currency: string;
  merchantKey: string;
  merchantName: string;
}

/**
 * Loads only groups (merchant, currency, direction) that could be streams: at least three posted,
 * countable rows in the lookback, and only the newest RECURRING_ROWS_PER_GROUP of each, then runs
 * the pure detector. Merchant keys are the lower-cased merchant name; rows without one are skipped.
 */
export async function loadRecurringHistory(db: SqlQueryable, userId: string, today: CalendarDate): Promise<RecurringHistory> {
  const { rows } = await db.query<Row>(
    `WITH base AS (
       SELECT t.id::text AS id, t.date, t.amount, t.currency, nullif(lower(btrim(t."merchantName")), '') AS "merchantKey", t."merchantName"
       FROM "Transaction" t
       WHERE t."userId" = $1::uuid AND t."removedAt" IS NULL AND t."mergedIntoId" IS NULL AND NOT t.pending
         AND NOT t."isTransfer" AND NOT t.excluded AND t.amount <> 0
         AND t.date <= $2::date AND t.date > $2::date - $3::int
     ), ranked AS (
       SELECT *, row_number() OVER w AS rn, count(*) OVER (PARTITION BY "merchantKey", currency, amount < 0) AS n
       FROM base WHERE "merchantKey" IS NOT NULL
       WINDOW w AS (PARTITION BY "merchantKey", currency, amount < 0 ORDER BY date DESC, id DESC)
     )
     SELECT id, to_char(date, 'YYYY-MM-DD') AS date, amount::text AS amount, currency, "merchantKey", "merchantName"
     FROM ranked WHERE n >= 3 AND rn <= $4
     ORDER BY date, id`,
    [userId, today, RECURRING_LOOKBACK_DAYS, RECURRING_ROWS_PER_GROUP],
  );
  const merchantNames: Record<string, string> = {};
  for (const row of rows) merchantNames[row.merchantKey] = row.merchantName;
  const streams = detectRecurringStreams(
    rows.map((row) => ({ id: row.id, date: row.date, amount: minorFromBigInt(BigInt(row.amount)), currency: row.currency.trim(), merchantKey: row.merchantKey })),
    today,
  );
  return { streams, merchantNames };
}
