/**
 * The dedup review list: pairs that scored between the review and merge lines (or matched ambiguously)
 * wait here for the user, with the score and the plain reasons dedup recorded, next to the merges that
 * can still be undone. Everything is scoped by the user; a connection filter narrows it to one bank.
 */
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExplainMessage } from "@/lib/i18n/explain-message";
import { minorFromBigInt } from "@/lib/money";
import { readMergeReasons } from "./dedup/merge-reason";

export const REVIEW_PAGE_SIZE = 50;
export const RECENT_MERGES = 20;

export interface ReviewSide {
  id: string;
  accountName: string;
  institutionName: string | null;
  source: string;
  date: string;
  description: string;
  merchantName: string | null;
  /** Signed minor units. */
  amount: number;
  currency: string;
  pending: boolean;
  /** The bank no longer lists this row (a pending row that vanished when its posted copy arrived). */
  removed: boolean;
}

export interface ReviewPair {
  id: string;
  kind: string;
  score: number;
  /** English, as stored; `reasonMessages[i]` is the same reason for the reader's language. */
  reasons: string[];
  reasonMessages: (ExplainMessage | null)[];
  createdAt: Date;
  decidedAt: Date | null;
  /** The row that stays visible if the pair is merged. */
  survivor: ReviewSide;
  /** The row that is hidden behind the survivor if the pair is merged. */
  merged: ReviewSide;
}

export interface ReviewList {
  pending: ReviewPair[];
  pendingTotal: number;
  recentMerges: ReviewPair[];
}

export { readMergeReasons };

const SIDE_SELECT = {
  id: true, accountId: true, source: true, date: true, description: true, merchantName: true, amount: true, currency: true, pending: true, removedAt: true,
} as const;

type SideRow = Prisma.TransactionGetPayload<{ select: typeof SIDE_SELECT }>;
type SideAccount = { name: string; connection: { institutionName: string } | null };

function toSide(row: SideRow, account: SideAccount | undefined): ReviewSide {
  return {
    id: row.id,
    accountName: account?.name ?? "",
    institutionName: account?.connection?.institutionName ?? null,
    source: row.source,
    date: row.date.toISOString().slice(0, 10),
    description: row.description,
    merchantName: row.merchantName,
    amount: minorFromBigInt(row.amount),
    currency: row.currency,
    pending: row.pending,
    removed: row.removedAt !== null,
  };
}

type MergeRow = { id: string; survivorId: string; mergedId: string; score: number; reasons: Prisma.JsonValue; createdAt: Date; decidedAt: Date | null };

async function loadPairs(userId: string, merges: MergeRow[]): Promise<ReviewPair[]> {
  const ids = [...new Set(merges.flatMap((m) => [m.survivorId, m.mergedId]))];
  const rows = ids.length ? await prisma().transaction.findMany({ where: { userId, id: { in: ids } }, select: SIDE_SELECT }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const accounts = await prisma().account.findMany({
    where: { userId, id: { in: [...new Set(rows.map((row) => row.accountId))] } },
    select: { id: true, name: true, connection: { select: { institutionName: true } } },
  });
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  return merges.flatMap((merge) => {
    const survivor = byId.get(merge.survivorId);
    const merged = byId.get(merge.mergedId);
    if (!survivor || !merged) return [];
    const { kind, reasons, messages } = readMergeReasons(merge.reasons);
    return [{ id: merge.id, kind, score: merge.score, reasons, reasonMessages: messages, createdAt: merge.createdAt, decidedAt: merge.decidedAt, survivor: toSide(survivor, accountById.get(survivor.accountId)), merged: toSide(merged, accountById.get(merged.accountId)) }];
  });
}

/**
 * Ids of the user's merge records in `state`, joined to both rows so a pair whose rows were meanwhile
 * merged elsewhere (a stale review item) or unfolded (an undone merge) never shows. Optionally only
 * pairs touching one connection's accounts.
 */
async function selectMergeIds(userId: string, state: "review" | "merged", connectionId: string | null, limit: number | null): Promise<{ ids: string[]; total: number }> {
  const scope = Prisma.sql`FROM "TransactionMerge" m
    JOIN "Transaction" s ON s.id = m."survivorId" AND s."userId" = m."userId"
    JOIN "Transaction" t ON t.id = m."mergedId" AND t."userId" = m."userId"
    WHERE m."userId" = ${userId}::uuid AND m.status = ${state}::"MergeStatus" AND s."mergedIntoId" IS NULL
      AND ${state === "review" ? Prisma.sql`t."mergedIntoId" IS NULL` : Prisma.sql`t."mergedIntoId" = m."survivorId"`}
      AND (${connectionId}::uuid IS NULL OR EXISTS (
        SELECT 1 FROM "Account" a WHERE a.id IN (s."accountId", t."accountId") AND a."connectionId" = ${connectionId}::uuid))`;
  const order = state === "review" ? Prisma.sql`ORDER BY m."createdAt" ASC, m.id ASC` : Prisma.sql`ORDER BY m."decidedAt" DESC NULLS LAST, m.id DESC`;
  const [rows, counted] = await Promise.all([
    prisma().$queryRaw<Array<{ id: string }>>`SELECT m.id ${scope} ${order} ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`,
    prisma().$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total ${scope}`,
  ]);
  return { ids: rows.map((row) => row.id), total: Number(counted[0]?.total ?? 0) };
}

async function loadMerges(userId: string, ids: string[]): Promise<MergeRow[]> {
  if (ids.length === 0) return [];
  const rows = await prisma().transactionMerge.findMany({ where: { userId, id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Pending review items (oldest first, in the order they were found) and the most recent merges that
 * can still be undone.
 */
export async function listReviewItems(userId: string, options: { connectionId?: string } = {}): Promise<ReviewList> {
  const connectionId = options.connectionId ?? null;
  const [review, merged] = await Promise.all([
    selectMergeIds(userId, "review", connectionId, REVIEW_PAGE_SIZE),
    selectMergeIds(userId, "merged", connectionId, RECENT_MERGES),
  ]);
  const [pending, recentMerges] = await Promise.all([
    loadMerges(userId, review.ids).then((rows) => loadPairs(userId, rows)),
    loadMerges(userId, merged.ids).then((rows) => loadPairs(userId, rows)),
  ]);
  return { pending, pendingTotal: review.total, recentMerges };
}

/** How many pairs wait for the user, for a badge on the connection page. */
export async function countReviewItems(userId: string, options: { connectionId?: string } = {}): Promise<number> {
  return (await selectMergeIds(userId, "review", options.connectionId ?? null, 0)).total;
}
