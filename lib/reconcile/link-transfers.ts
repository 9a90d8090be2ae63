import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";
import { matchTransfers, TRANSFER_WINDOW_DAYS, type TransferCandidate } from "./match-transfers";

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

interface LiveRow {
  id: string;
  accountId: string;
  amount: bigint;
  currency: string;
  date: Date;
}

/**
 * The user's live rows not yet a transfer and without an active "transfer" correction, matching `condition`
 * (on t); `from` names the rows as t (all the user's transactions unless given).
 */
function liveRows(tx: Prisma.TransactionClient, userId: string, query: { from?: string; condition: string }, ...values: unknown[]): Promise<LiveRow[]> {
  return tx.$queryRawUnsafe<LiveRow[]>(
    `SELECT t.id, t."accountId", t.amount, t.currency, t.date FROM ${query.from ?? `"Transaction" t`}
      WHERE t."userId" = $1::uuid AND t."isTransfer" = false AND t."removedAt" IS NULL AND t."mergedIntoId" IS NULL AND ${query.condition}
        AND NOT EXISTS (SELECT 1 FROM "Correction" c WHERE c."transactionId" = t.id AND c.field = 'transfer' AND c."revertedAt" IS NULL)`,
    userId,
    ...values,
  );
}

/**
 * Links transfers between the user's own accounts among newly stored rows (run after sync, import and
 * manual entry): both legs get isTransfer and each other's id, so budgets and analytics skip them.
 * Rows the user already decided about (an active "transfer" correction) are never touched. Returns the
 * booking dates of linked rows, whose spending changed.
 */
export async function linkTransfers(tx: Prisma.TransactionClient, userId: string, transactionIds: readonly string[], actor = "system:transfers"): Promise<string[]> {
  if (transactionIds.length === 0) return [];
  // A transfer needs two of the user's accounts: a user with one (most imports, a first bank) has none to find.
  if ((await tx.account.count({ where: { userId } })) < 2) return [];
  // Only rows with a possible other leg: another account's row of the opposite amount within the window.
  // Raw SQL with an array parameter (a sync batch names thousands of ids; Prisma's `in` sends one bind
  // parameter each). Each stored row is looked up by id and probed on the amount index (LATERAL … LIMIT
  // fixes that plan): an `id = ANY(…)` filter or a join let the planner scan or hash all the user's rows
  // instead, on statistics that lag a sync's inserts, so the check grew with the user's history
  // (bench:sync --profile).
  const focus = await liveRows(
    tx,
    userId,
    {
      from: `unnest($2::uuid[]) AS stored(id)
             CROSS JOIN LATERAL (SELECT * FROM "Transaction" WHERE id = stored.id LIMIT 1) t
             CROSS JOIN LATERAL (
               SELECT 1 FROM "Transaction" o WHERE o."userId" = t."userId" AND o.amount = -t.amount AND o.currency = t.currency
                  AND o."accountId" <> t."accountId" AND o.date BETWEEN t.date - ${TRANSFER_WINDOW_DAYS} AND t.date + ${TRANSFER_WINDOW_DAYS} LIMIT 1) other_leg`,
      condition: "t.amount <> 0",
    },
    [...transactionIds],
  );
  if (focus.length === 0) return [];
  const dates = focus.map((row) => row.date.getTime());
  const window = TRANSFER_WINDOW_DAYS * DAY_MS;
  const others = await liveRows(
    tx,
    userId,
    { condition: "t.amount = ANY($2::bigint[]) AND t.date BETWEEN $3::date AND $4::date" },
    [...new Set(focus.map((row) => String(-row.amount)))],
    iso(new Date(Math.min(...dates) - window)),
    iso(new Date(Math.max(...dates) + window)),
  );
  const byId = new Map([...focus, ...others].map((row) => [row.id, row]));
  const candidates: TransferCandidate[] = [...byId.values()].map((row) => ({ id: row.id, accountId: row.accountId, amount: minorFromBigInt(row.amount), currency: row.currency, date: iso(row.date) }));
  const focusIds = new Set(focus.map((row) => row.id));
  const pairs = matchTransfers(candidates).filter((pair) => focusIds.has(pair.debitId) || focusIds.has(pair.creditId));
  const changed: string[] = [];
  for (const pair of pairs) {
    for (const [id, peer] of [[pair.debitId, pair.creditId], [pair.creditId, pair.debitId]] as const) {
      await tx.transaction.update({ where: { id }, data: { isTransfer: true, transferPeerId: peer } });
      await tx.transactionEvent.create({
        data: { userId, transactionId: id, kind: "modified", source: "system", actor, before: { isTransfer: false, transferPeerId: null }, after: { isTransfer: true, transferPeerId: peer, reason: `transfer matched (${pair.days} days apart)` } },
      });
      const row = byId.get(id);
      if (row) changed.push(iso(row.date));
    }
    await recordAudit(tx, { userId, actor, action: "transaction.transfer_matched", entityType: "Transaction", entityId: pair.debitId, after: { debitId: pair.debitId, creditId: pair.creditId, days: pair.days } });
  }
  return changed;
}
