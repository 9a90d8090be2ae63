import { z } from "zod";
import { budgetPeriod, previousPeriods } from "@/lib/budgets/budget-period";
import { AppError, describeZodError } from "@/lib/errors";
import type { AnomalyKind as StoredAnomalyKind } from "@/lib/generated/prisma/enums";
import { logError } from "@/lib/log";
import { refreshRecurringStreams, streamKey } from "@/lib/recurring/refresh-recurring-streams";
import { publishUserEvent } from "@/lib/redis/event-bus";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import type { SqlExecutor, SqlQueryable } from "@/lib/sql";
import type { Anomaly } from "./anomaly";
import { toStoredKind } from "./anomaly-kinds";
import { CATEGORY_SPIKE_LOOKBACK_PERIODS } from "./thresholds";
import { detectNewAnomalies } from "./detect-new-anomalies";
import { loadCandidates, loadCategoryPeriodTotals, loadComparisonHistory, loadSuppressions } from "./load-anomaly-history";
import { newRowId } from "@/lib/new-row-id";
import { alertMessages } from "@/lib/alerts/alert-messages";
import { explain, type ExplainMessage } from "@/lib/i18n/explain-message";


export const DetectAnomaliesForUserInput = z.object({
  userId: z.uuid(),
  transactionIds: z.array(z.uuid()).max(10_000),
  today: z.iso.date(),
});

export interface NewAnomaly {
  id: string;
  kind: StoredAnomalyKind;
  score: number;
  explanation: string;
  /** `explanation` as a catalog message, also kept in Anomaly.details.message. */
  message: ExplainMessage;
  dedupeKey: string;
  transactionIds: string[];
}

/**
 * Runs after a sync (or import) has committed new transactions: refreshes the user's recurring
 * streams, judges only `transactionIds` (ids of other users are ignored, as if unknown) against
 * SQL-selected history windows, stores each finding once (ON CONFLICT (userId, dedupeKey) DO
 * NOTHING), raises an anomaly alert per new finding unless the user turned anomaly alerts off,
 * and after commit tells the user's open tabs. Returns only findings that were not stored before.
 */
export async function detectAnomaliesForUser(
  db: SqlExecutor,
  input: { userId: string; transactionIds: readonly string[]; today: CalendarDate },
): Promise<NewAnomaly[]> {
  const parsed = DetectAnomaliesForUserInput.safeParse(input);
  if (!parsed.success) throw new AppError("validation", describeZodError(parsed.error));
  const { userId, transactionIds, today } = parsed.data;

  const { streams, merchantNames, stored } = await refreshRecurringStreams(db, { userId, today });
  const liveStreams = streams.filter((s) => stored.get(streamKey(s))?.decision !== "dismissed");
  const candidates = await loadCandidates(db, userId, transactionIds);
  const history = await loadComparisonHistory(db, userId, candidates, today);
  const currentPeriod = budgetPeriod(today, { period: "monthly" });
  const previous = previousPeriods(today, { period: "monthly" }, CATEGORY_SPIKE_LOOKBACK_PERIODS);
  const categories = [...new Set(candidates.flatMap((c) => (c.categoryKey ? [c.categoryKey] : [])))];
  const categoryTotals = await loadCategoryPeriodTotals(db, userId, categories, [currentPeriod, ...previous]);
  const suppressions = await loadSuppressions(db, userId);

  const findings = detectNewAnomalies({
    candidates, history, streams: liveStreams, merchantNames, categoryTotals, currentPeriod, previousPeriods: previous, today, suppressions,
  });
  if (findings.length === 0) return [];

  const streamIds = new Map([...stored].map(([key, row]) => [key, row.id]));
  const created = await db.transaction(async (tx) => {
    const alertsOn = await anomalyAlertsEnabled(tx, userId);
    const rows: NewAnomaly[] = [];
    for (const finding of findings) {
      const streamId = finding.merchantKey ? findStreamId(streamIds, finding) : null;
      const row = await insertAnomaly(tx, userId, finding, streamId);
      if (!row) continue;
      rows.push(row);
      if (alertsOn) await insertAlert(tx, userId, row);
    }
    return { rows, alertsOn };
  });
  if (created.alertsOn) await announce(userId, created.rows);
  return created.rows;
}

/** Price rises and missed payments are about a stored stream; link it so the UI can show it. */
function findStreamId(streamIds: Map<string, string>, finding: Anomaly): string | null {
  if (finding.kind !== "subscription-price-rise" && finding.kind !== "missed-recurring") return null;
  const direction = finding.facts.direction === "inflow" ? "inflow" : "outflow";
  return streamIds.get(streamKey({ merchantKey: finding.merchantKey ?? "", direction, currency: finding.currency })) ?? null;
}

async function insertAnomaly(tx: SqlQueryable, userId: string, finding: Anomaly, streamId: string | null): Promise<NewAnomaly | null> {
  const kind = toStoredKind(finding.kind);
  // The newest transaction carries the badge (for a duplicate: the second charge).
  const transactionId = finding.transactionIds[finding.transactionIds.length - 1] ?? null;
  const details = {
    facts: finding.facts,
    transactionIds: finding.transactionIds,
    merchantKey: finding.merchantKey,
    categoryKey: finding.categoryKey,
    currency: finding.currency,
    message: finding.explain,
  };
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO "Anomaly" (id, "userId", "transactionId", "streamId", kind, score, explanation, details, "dedupeKey")
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::"AnomalyKind", $6, $7, $8::jsonb, $9)
     ON CONFLICT ("userId", "dedupeKey") DO NOTHING
     RETURNING id::text AS id`,
    [newRowId(), userId, transactionId, streamId, kind, finding.score, finding.message, JSON.stringify(details), finding.dedupeKey],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, kind, score: finding.score, explanation: finding.message, message: finding.explain, dedupeKey: finding.dedupeKey, transactionIds: finding.transactionIds };
}

async function anomalyAlertsEnabled(tx: SqlQueryable, userId: string): Promise<boolean> {
  const { rows } = await tx.query<{ enabled: boolean }>(
    `SELECT coalesce(("notificationPrefs"->>'anomalyAlerts')::boolean, true) AS enabled FROM "User" WHERE id = $1::uuid`,
    [userId],
  );
  return rows[0]?.enabled ?? false;
}

async function insertAlert(tx: SqlQueryable, userId: string, anomaly: NewAnomaly): Promise<void> {
  await tx.query(
    `INSERT INTO "Alert" (id, "userId", kind, "dedupeKey", title, message, data)
     VALUES ($1::uuid, $2::uuid, 'anomaly', $3, $4, $5, $6::jsonb)
     ON CONFLICT ("userId", "dedupeKey") DO NOTHING`,
    [
      newRowId(), userId, `anomaly:${anomaly.id}`, "Unusual activity", anomaly.explanation,
      JSON.stringify({ anomalyId: anomaly.id, kind: anomaly.kind, ...alertMessages(explain("alert.unusualActivity"), anomaly.message) }),
    ],
  );
}

/** Best effort: the alert rows are already committed, the event only tells open tabs to look. */
async function announce(userId: string, rows: readonly NewAnomaly[]): Promise<void> {
  if (rows.length === 0) return;
  try {
    await publishUserEvent(userId, { type: "alert.created", data: { kind: "anomaly", count: rows.length, anomalyIds: rows.map((r) => r.id) } });
  } catch (error) {
    logError("anomaly alert publish failed", error, { userId });
  }
}
