import { z } from "zod";
import { newRowId } from "@/lib/new-row-id";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import type { SqlExecutor, SqlQueryable } from "@/lib/sql";
import type { RecurringStream } from "./detect-recurring-streams";
import { loadRecurringHistory } from "./load-recurring-history";

export const RefreshRecurringInput = z.object({
  userId: z.uuid(),
  today: z.iso.date(),
});

export interface RefreshedStreams {
  streams: RecurringStream[];
  merchantNames: Record<string, string>;
  /** Stored row id and the user's decision by stream key (see streamKey). */
  stored: Map<string, { id: string; decision: "auto" | "confirmed" | "dismissed" }>;
}

export function streamKey(stream: Pick<RecurringStream, "merchantKey" | "direction" | "currency">): string {
  return `${stream.merchantKey}\u0000${stream.direction}\u0000${stream.currency}`;
}

/**
 * Re-detects the user's recurring streams from history and upserts them. The user's decision
 * (confirm/dismiss) and chosen name survive a refresh; a stored stream no longer detected is
 * marked ended rather than deleted, so a decision about it is not lost.
 */
export async function refreshRecurringStreams(db: SqlExecutor, input: { userId: string; today: CalendarDate }): Promise<RefreshedStreams> {
  const { userId, today } = RefreshRecurringInput.parse(input);
  const { streams, merchantNames } = await loadRecurringHistory(db, userId, today);
  const stored = await db.transaction((tx) => upsertStreams(tx, userId, streams, merchantNames));
  return { streams, merchantNames, stored };
}

async function upsertStreams(
  tx: SqlQueryable,
  userId: string,
  streams: readonly RecurringStream[],
  merchantNames: Record<string, string>,
): Promise<RefreshedStreams["stored"]> {
  const stored: RefreshedStreams["stored"] = new Map();
  for (const stream of streams) {
    const { rows } = await tx.query<{ id: string; decision: "auto" | "confirmed" | "dismissed" }>(
      `INSERT INTO "RecurringStream" (id, "userId", merchant, name, direction, frequency, "typicalAmount", tolerance, currency, "lastDate", "nextDate", status, "updatedAt")
       VALUES ($1::uuid, $2::uuid, $3, $4, $5::"Direction", $6::"Frequency", $7::bigint, $8::bigint, $9, $10::date, $11::date, $12::"StreamStatus", now())
       ON CONFLICT ("userId", merchant, direction, currency) DO UPDATE SET
         frequency = EXCLUDED.frequency, "typicalAmount" = EXCLUDED."typicalAmount", tolerance = EXCLUDED.tolerance,
         "lastDate" = EXCLUDED."lastDate", "nextDate" = EXCLUDED."nextDate", status = EXCLUDED.status, "updatedAt" = now()
       RETURNING id::text AS id, decision::text AS decision`,
      [
        newRowId(), userId, stream.merchantKey, merchantNames[stream.merchantKey] ?? stream.merchantKey, stream.direction, stream.frequency,
        String(stream.typicalAmount), String(stream.amountTolerance), stream.currency, stream.lastDate, stream.predictedNextDate, stream.status,
      ],
    );
    const row = rows[0];
    if (row) stored.set(streamKey(stream), row);
  }
  const keep = [...stored.values()].map((row) => row.id);
  await tx.query(
    `UPDATE "RecurringStream" SET status = 'ended', "updatedAt" = now()
     WHERE "userId" = $1::uuid AND status <> 'ended' AND NOT (id = ANY($2::uuid[]))`,
    [userId, keep],
  );
  return stored;
}
