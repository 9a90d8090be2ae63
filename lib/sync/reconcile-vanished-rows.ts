/**
 * For banks that list everything (snapshot) or everything since a date: rows we hold that the bank no
 * longer lists were removed. A vanished pending row is first matched against posted rows that appeared
 * since the last successful sync (a pending row that posts under a new id); only unmatched ones are removed.
 */
import { minorFromBigInt } from "@/lib/money";
import { applyMerge } from "./apply-merge";
import type { Tx } from "./bulk-insert";
import { assignMatches } from "./dedup/assign-matches";
import { MERGE_THRESHOLD } from "./dedup/dedup-thresholds";
import { scorePendingToPosted, type MatchRow } from "./dedup/score-match";
import { insertEvents } from "./insert-events";

export interface ReconcileInput {
  userId: string;
  accountIds: string[];
  /** accountId + "\u001f" + externalId of every row the bank listed in this run. */
  seen: ReadonlySet<string>;
  /** For "since" banks: only rows dated on or after it were listed. */
  since: string | null;
  /** End of the last successful sync: posted rows created after it are the candidates for vanished pending rows. */
  freshSince: Date | null;
  syncRunId: string;
}

interface LiveRow {
  id: string;
  accountId: string;
  externalId: string;
  amount: bigint;
  currency: string;
  pending: boolean;
  authorizedAt: Date | null;
  date: Date;
  description: string;
  postedAt: Date | null;
}

const COLUMNS = `id, "accountId", "externalId", amount, currency, pending, "authorizedAt", date, description, "postedAt"`;

function toMatch(row: LiveRow, earlier: boolean): MatchRow {
  return {
    id: row.id, accountId: row.accountId, amount: minorFromBigInt(row.amount), currency: row.currency, date: row.date.toISOString().slice(0, 10),
    description: row.description, pending: row.pending, authorizedAt: row.authorizedAt?.toISOString() ?? null, source: "sync", externalId: row.externalId, earlier,
  };
}

function snapshot(row: LiveRow) {
  return {
    amount: minorFromBigInt(row.amount), pending: row.pending, date: row.date.toISOString().slice(0, 10), description: row.description,
    postedAt: row.postedAt?.toISOString() ?? null, authorizedAt: row.authorizedAt?.toISOString() ?? null,
  };
}

export async function reconcileVanishedRows(tx: Tx, input: ReconcileInput): Promise<{ removed: number; merged: number; review: number; dates: string[] }> {
  const outcome = { removed: 0, merged: 0, review: 0, dates: [] as string[] };
  if (input.accountIds.length === 0) return outcome;
  // Only the rows the bank did not list come back: the database drops the listed ones (a hashed <> ALL over
  // the same accountId + U+001F + externalId keys, whatever its statistics say about the table).
  const vanished = await tx.$queryRawUnsafe<LiveRow[]>(
    `SELECT ${COLUMNS} FROM "Transaction" WHERE "userId" = $1::uuid AND "accountId" = ANY($2::uuid[]) AND source = 'sync'
       AND "externalId" IS NOT NULL AND "removedAt" IS NULL AND "mergedIntoId" IS NULL AND ($3::date IS NULL OR date >= $3::date)
       AND ("accountId"::text || chr(31) || "externalId") <> ALL ($4::text[])`,
    input.userId,
    input.accountIds,
    input.since,
    [...input.seen],
  );
  if (vanished.length === 0) return outcome;

  const now = new Date();
  const handled = new Set<string>();
  const pendings = vanished.filter((row) => row.pending);
  if (pendings.length) {
    const fresh = await tx.$queryRawUnsafe<LiveRow[]>(
      `SELECT ${COLUMNS} FROM "Transaction" WHERE "userId" = $1::uuid AND "accountId" = ANY($2::uuid[]) AND source = 'sync' AND pending = false
         AND "removedAt" IS NULL AND "mergedIntoId" IS NULL AND "pendingTransactionId" IS NULL AND ($3::timestamp IS NULL OR "createdAt" > $3::timestamp)`,
      input.userId,
      [...new Set(pendings.map((row) => row.accountId))],
      input.freshSince,
    );
    const matches = assignMatches(pendings.map((row) => toMatch(row, true)), fresh.map((row) => toMatch(row, false)), scorePendingToPosted);
    for (const match of matches) {
      const status = match.score >= MERGE_THRESHOLD && !match.ambiguous ? "merged" : "review";
      await applyMerge(
        tx,
        input.userId,
        { survivorId: match.incoming.id, mergedId: match.existing.id, mergedIsNew: false, score: match.score, reasons: match.reasons, kind: match.kind, status },
        { actor: "system:sync", source: "sync", syncRunId: input.syncRunId, now },
      );
      if (status === "merged") {
        handled.add(match.existing.id);
        outcome.merged += 1;
      } else outcome.review += 1;
    }
  }

  const gone = vanished.filter((row) => !handled.has(row.id));
  if (gone.length) {
    await tx.$executeRawUnsafe(`UPDATE "Transaction" SET "removedAt" = $2, "updatedAt" = $2 WHERE id = ANY($1::uuid[])`, gone.map((row) => row.id), now);
    await insertEvents(tx, { userId: input.userId, source: "sync", actor: "system:sync", syncRunId: input.syncRunId, at: now }, gone.map((row) => [row.id, "removed", snapshot(row), null]));
    outcome.removed = gone.length;
    outcome.dates.push(...gone.map((row) => row.date.toISOString().slice(0, 10)));
  }
  return outcome;
}
