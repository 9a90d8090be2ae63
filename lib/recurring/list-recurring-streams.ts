import { prisma } from "@/lib/db";
import type { Direction, Frequency, StreamDecision, StreamStatus } from "@/lib/generated/prisma/enums";
import { minorFromBigInt } from "@/lib/money";

export interface RecurringStreamView {
  id: string;
  merchant: string;
  name: string;
  direction: Direction;
  frequency: Frequency;
  /** Magnitude in minor units; `direction` says which way the money goes. */
  typicalAmount: number;
  tolerance: number;
  currency: string;
  lastDate: string;
  nextDate: string | null;
  status: StreamStatus;
  decision: StreamDecision;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The user's recurring streams for the page and the budget pace forecast, soonest next date first.
 * Dismissed streams are left out unless asked for (the user said they are not recurring).
 */
export async function listRecurringStreams(userId: string, options: { includeDismissed?: boolean } = {}): Promise<RecurringStreamView[]> {
  const rows = await prisma().recurringStream.findMany({
    where: { userId, ...(options.includeDismissed ? {} : { decision: { not: "dismissed" } }) },
    orderBy: [{ nextDate: { sort: "asc", nulls: "last" } }, { name: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    merchant: row.merchant,
    name: row.name,
    direction: row.direction,
    frequency: row.frequency,
    typicalAmount: minorFromBigInt(row.typicalAmount),
    tolerance: minorFromBigInt(row.tolerance),
    currency: row.currency,
    lastDate: day(row.lastDate),
    nextDate: row.nextDate ? day(row.nextDate) : null,
    status: row.status,
    decision: row.decision,
  }));
}
