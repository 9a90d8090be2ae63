/**
 * Stores canonical transactions from one delivery (a sync page or an import batch) inside the caller's
 * database transaction: idempotent by the bank's id (or by content hash for sources without ids),
 * deltas as append-only TransactionEvents, each received version of a row as a ProviderRecord,
 * and dedup merges with their score and reasons. Shared by the sync engine and statement imports.
 */
import { categorizeTransaction } from "@/lib/categorize/categorize-transaction";
import { resolveCategoryId } from "@/lib/categorize/category-ids-by-key";
import type { CategorizationContext } from "@/lib/categorize/load-categorization-context";
import { minorFromBigInt } from "@/lib/money";
import { assignMatches, type Match } from "./dedup/assign-matches";
import { computeDedupKey } from "./dedup/compute-dedup-key";
import { CROSS_SOURCE_WINDOW_DAYS, MERGE_THRESHOLD } from "./dedup/dedup-thresholds";
import { mergeReasonText } from "./dedup/merge-reason";
import { scoreCrossSource, scoreDuplicate, type MatchRow } from "./dedup/score-match";
import { bulkInsert, jsonRows, type Tx } from "./bulk-insert";
import { applyMerge, type MergeDecision } from "./apply-merge";
import { insertEvents, type EventRow } from "./insert-events";
import { profileStep, profileSync } from "./sync-profile";
import { newRowId } from "@/lib/new-row-id";

export type IngestSource = "sync" | "import";

/** A canonical transaction bound to a stored account. externalId is null for sources without stable ids. */
export interface IngestRow {
  accountId: string;
  externalId: string | null;
  amount: number;
  currency: string;
  pending: boolean;
  authorizedAt?: string | null;
  postedAt?: string | null;
  /** YYYY-MM-DD. */
  date: string;
  description: string;
  merchantName?: string | null;
  mcc?: string | null;
  providerCategory?: string | null;
  /** The source's id of the pending row this posted row replaces. */
  pendingExternalId?: string | null;
  /** The record exactly as received, kept as a ProviderRecord. */
  payload: unknown;
}

export interface IngestInput {
  userId: string;
  source: IngestSource;
  rows: ReadonlyArray<IngestRow>;
  removed?: ReadonlyArray<{ accountId: string; externalId: string }>;
  connectionId?: string | null;
  importJobId?: string | null;
  syncRunId?: string | null;
  /** Rows stored before this instant came from an earlier delivery (evidence for re-delivered duplicates). */
  deliveryStartedAt: Date;
  /** Or its loader, called (inside the caller's transaction) only when the delivery holds new rows. */
  context: CategorizationContext | ((tx: Tx) => Promise<CategorizationContext>);
  /**
   * True for a row the caller knows is not stored yet (a first delivery into accounts that held no rows,
   * and not stored by an earlier batch of the same delivery): it skips the lookup by id.
   */
  isKnownNew?: (row: IngestRow) => boolean;
  /** Categories the caller already decided for some rows with the same context (see categorizeRows). */
  precategorized?: ReadonlyMap<IngestRow, RowCategory>;
  actor?: string;
}

export interface IngestResult {
  added: number;
  modified: number;
  removed: number;
  merged: number;
  review: number;
  unchanged: number;
  /** Live rows written (added or modified), for budget and anomaly hooks. */
  transactionIds: string[];
  /**
   * The rows that can carry a user's correction of a bank-written field: modified rows and merge survivors
   * (a merged row's corrections move onto its survivor). A row new to us has none.
   */
  correctableIds: string[];
}

interface StoredRow {
  id: string;
  accountId: string;
  externalId: string | null;
  source: string;
  amount: bigint;
  currency: string;
  pending: boolean;
  authorizedAt: Date | null;
  postedAt: Date | null;
  date: Date;
  description: string;
  mergedIntoId: string | null;
  removedAt: Date | null;
  dedupKey: string | null;
  createdAt: Date;
}

const STORED_COLUMNS = `id, "accountId", "externalId", source::text AS source, amount, currency, pending, "authorizedAt", "postedAt", date, description, "mergedIntoId", "removedAt", "dedupKey", "createdAt"`;
const STORED_COLUMNS_OF_T = STORED_COLUMNS.split(", ").map((column) => `t.${column}`).join(", ");

function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

function isoInstant(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** The fields a delivery can change; anything else on the row belongs to the user or to categorization. */
function snapshotOf(row: { amount: number; pending: boolean; date: string; description: string; postedAt: string | null; authorizedAt: string | null }) {
  return { amount: row.amount, pending: row.pending, date: row.date, description: row.description, postedAt: row.postedAt, authorizedAt: row.authorizedAt };
}

function storedSnapshot(row: StoredRow) {
  return snapshotOf({
    amount: minorFromBigInt(row.amount),
    pending: row.pending,
    date: isoDate(row.date),
    description: row.description,
    postedAt: row.postedAt ? row.postedAt.toISOString() : null,
    authorizedAt: row.authorizedAt ? row.authorizedAt.toISOString() : null,
  });
}

function incomingSnapshot(row: IngestRow) {
  return snapshotOf({ amount: row.amount, pending: row.pending, date: row.date, description: row.description, postedAt: isoInstant(row.postedAt), authorizedAt: isoInstant(row.authorizedAt) });
}

function sameSnapshot(a: ReturnType<typeof snapshotOf>, b: ReturnType<typeof snapshotOf>): boolean {
  return a.amount === b.amount && a.pending === b.pending && a.date === b.date && a.description === b.description && a.postedAt === b.postedAt && a.authorizedAt === b.authorizedAt;
}

function toMatchRow(row: StoredRow, deliveryStartedAt: Date): MatchRow {
  return {
    id: row.id,
    accountId: row.accountId,
    amount: minorFromBigInt(row.amount),
    currency: row.currency,
    date: isoDate(row.date),
    description: row.description,
    pending: row.pending,
    authorizedAt: row.authorizedAt ? row.authorizedAt.toISOString() : null,
    postedAt: row.postedAt ? row.postedAt.toISOString() : null,
    source: row.source as MatchRow["source"],
    externalId: row.externalId,
    earlier: row.createdAt < deliveryStartedAt,
  };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function ingestCanonicalTransactions(tx: Tx, input: IngestInput): Promise<IngestResult> {
  const result: IngestResult = { added: 0, modified: 0, removed: 0, merged: 0, review: 0, unchanged: 0, transactionIds: [], correctableIds: [] };
  const now = new Date();
  const actor = input.actor ?? (input.source === "sync" ? "system:sync" : "system:import");
  const changeSource = input.source;

  // A bank paging by offset repeats a row when data shifts mid-sync: the last copy of an id wins.
  const byExternal = new Map<string, IngestRow>();
  const withoutId: IngestRow[] = [];
  for (const row of input.rows) {
    if (row.externalId) byExternal.set(`${row.accountId}\u001f${row.externalId}`, row);
    else withoutId.push(row);
  }
  const accountIds = [...new Set(input.rows.map((row) => row.accountId).concat((input.removed ?? []).map((r) => r.accountId)))];

  // The database compares each delivered row with the stored one and answers only the new and the changed
  // rows: a re-delivery of unchanged rows (every no-op sync) transfers nothing back.
  const knownNew: IngestRow[] = [];
  const toLookUp: IngestRow[] = [];
  for (const row of byExternal.values()) (input.isKnownNew?.(row) ? knownNew : toLookUp).push(row);
  const differing = toLookUp.length
    ? await profileStep("ingest: lookup by id", () => {
        const delivered = jsonRows(
          [
            { name: "account_id", type: "uuid" }, { name: "external_id", type: "text" }, { name: "amount", type: "bigint" }, { name: "pending", type: "boolean" },
            { name: "date", type: "date" }, { name: "description", type: "text" }, { name: "posted_at", type: "timestamp" }, { name: "authorized_at", type: "timestamp" },
          ],
          toLookUp.map((row) => [row.accountId, row.externalId, String(row.amount), row.pending, row.date, row.description, isoInstant(row.postedAt), isoInstant(row.authorizedAt)]),
        );
        return tx.$queryRawUnsafe<Array<StoredRow & { i: number }>>(
          `SELECT u.i::int AS i, ${STORED_COLUMNS_OF_T}
             FROM ${delivered.from(2, "u")}
             LEFT JOIN "Transaction" t ON t."userId" = $1::uuid AND t."accountId" = ANY($3::uuid[]) AND t."accountId" = u.account_id AND t."externalId" = u.external_id
            WHERE t.id IS NULL OR t."removedAt" IS NOT NULL OR t.amount <> u.amount OR t.pending <> u.pending OR t.date <> u.date
               OR t.description <> u.description OR t."postedAt" IS DISTINCT FROM u.posted_at OR t."authorizedAt" IS DISTINCT FROM u.authorized_at`,
          input.userId,
          delivered.json,
          accountIds,
        );
      })
    : [];
  result.unchanged += toLookUp.length - differing.length;

  const fresh: Array<{ row: IngestRow; id: string; dedupKey: string }> = knownNew.map((row) => ({ row, id: newRowId(), dedupKey: computeDedupKey(row) }));
  const modified: Array<{ row: IngestRow; stored: StoredRow }> = [];
  for (const found of differing) {
    const row = toLookUp[found.i - 1];
    if (!row) continue;
    if (found.id === null) fresh.push({ row, id: newRowId(), dedupKey: computeDedupKey(row) });
    else modified.push({ row, stored: found });
  }

  // Sources without ids: a row is new only beyond the count of identical rows already stored from that source.
  if (withoutId.length) {
    const keyed = withoutId.map((row) => ({ row, dedupKey: computeDedupKey(row) }));
    const counts = await tx.$queryRawUnsafe<Array<{ dedupKey: string; n: bigint }>>(
      `SELECT "dedupKey", count(*) AS n FROM "Transaction" WHERE "userId" = $1::uuid AND "accountId" = ANY($2::uuid[]) AND "dedupKey" = ANY($3::bpchar[]) AND "externalId" IS NULL AND source = $4::"TransactionSource" GROUP BY "dedupKey"`,
      input.userId,
      accountIds,
      [...new Set(keyed.map((k) => k.dedupKey))],
      input.source,
    );
    const already = new Map(counts.map((c) => [c.dedupKey, Number(c.n)]));
    for (const { row, dedupKey } of keyed) {
      const left = already.get(dedupKey) ?? 0;
      if (left > 0) {
        already.set(dedupKey, left - 1);
        result.unchanged += 1;
      } else fresh.push({ row, id: newRowId(), dedupKey });
    }
  }

  const merges = await profileStep("ingest: find merges", () => findMerges(tx, input, fresh));

  // Categorize new rows in memory so they are inserted complete, in one statement.
  const survivorOf = new Map<string, string>();
  for (const decision of merges) if (decision.status === "merged") survivorOf.set(decision.mergedId, decision.survivorId);
  const context = fresh.length ? (typeof input.context === "function" ? await input.context(tx) : input.context) : null;
  const transactionRows = profileSync("ingest: categorize", () => (context ? categorizeRows(context, fresh.map((f) => f.row), input.precategorized) : [])).map((decided, index) => {
    const { row, id, dedupKey } = fresh[index] as (typeof fresh)[number];
    return [
      id, row.accountId, String(row.amount), row.currency, row.pending, isoInstant(row.authorizedAt), isoInstant(row.postedAt),
      row.date, row.description, row.merchantName ?? decided.merchant, row.mcc ?? null, row.providerCategory ?? null,
      decided.categoryId, decided.source, decided.confidence, decided.ruleId ?? null,
      row.externalId, dedupKey, survivorOf.get(id) ?? null, decided.isTransfer === true, decided.excluded === true,
    ];
  });
  await profileStep("ingest: insert rows", () => bulkInsert(
    tx,
    "Transaction",
    [
      { name: "id", type: "uuid" }, { name: "accountId", type: "uuid" }, { name: "amount", type: "bigint" }, { name: "currency", type: "text" },
      { name: "pending", type: "boolean" }, { name: "authorizedAt", type: "timestamp" }, { name: "postedAt", type: "timestamp" }, { name: "date", type: "date" },
      { name: "description", type: "text" }, { name: "merchantName", type: "text" }, { name: "mcc", type: "text" }, { name: "providerCategory", type: "text" },
      { name: "categoryId", type: "uuid" }, { name: "categorySource", type: "enum:CategorySource" }, { name: "categoryConfidence", type: "float8" },
      { name: "categoryRuleId", type: "uuid" }, { name: "externalId", type: "text" }, { name: "dedupKey", type: "text" }, { name: "mergedIntoId", type: "uuid" },
      { name: "isTransfer", type: "boolean" }, { name: "excluded", type: "boolean" },
    ],
    transactionRows,
    [
      { name: "userId", type: "uuid", value: input.userId }, { name: "source", type: "enum:TransactionSource", value: input.source },
      { name: "importJobId", type: "uuid", value: input.importJobId ?? null }, { name: "createdAt", type: "timestamp", value: now }, { name: "updatedAt", type: "timestamp", value: now },
    ],
  ));
  result.added = fresh.length;
  result.transactionIds.push(...fresh.filter((f) => !survivorOf.has(f.id)).map((f) => f.id));

  const events: EventRow[] = fresh.map(({ row, id }) => [id, "added", null, incomingSnapshot(row)]);

  await profileStep("ingest: update modified", () => updateModified(tx, modified, now));
  for (const { row, stored } of modified) {
    const after = incomingSnapshot(row);
    events.push([stored.id, "modified", storedSnapshot(stored), after]);
    if (stored.mergedIntoId === null) result.transactionIds.push(stored.id);
    result.correctableIds.push(stored.id);
  }
  result.modified = modified.length;

  for (const decision of merges) {
    await applyMerge(tx, input.userId, decision, { actor, source: changeSource, syncRunId: input.syncRunId ?? null, now });
    if (decision.status === "merged") {
      result.merged += 1;
      result.correctableIds.push(decision.survivorId);
    }
    else result.review += 1;
  }

  if (input.removed?.length) {
    const gone = await tx.$queryRawUnsafe<StoredRow[]>(
      `UPDATE "Transaction" SET "removedAt" = $4, "updatedAt" = $4 WHERE "userId" = $1::uuid AND "accountId" = ANY($2::uuid[]) AND "externalId" = ANY($3::text[])
         AND "removedAt" IS NULL AND "mergedIntoId" IS NULL RETURNING ${STORED_COLUMNS}`,
      input.userId,
      [...new Set(input.removed.map((r) => r.accountId))],
      input.removed.map((r) => r.externalId),
      now,
    );
    const wanted = new Set(input.removed.map((r) => `${r.accountId}\u001f${r.externalId}`));
    for (const row of gone) {
      if (!wanted.has(`${row.accountId}\u001f${row.externalId}`)) continue;
      events.push([row.id, "removed", storedSnapshot(row), null]);
      result.removed += 1;
    }
  }

  await profileStep("ingest: events", () => insertEvents(tx, { userId: input.userId, source: changeSource, actor, syncRunId: input.syncRunId ?? null, at: now }, events));
  await profileStep("ingest: provider records", () => storeProviderRecords(tx, input, [
    ...fresh.map(({ row, id }) => ({ row, transactionId: id })),
    ...modified.map(({ row, stored }) => ({ row, transactionId: stored.id })),
  ]));
  return result;
}

/**
 * Category, merchant and flags for new rows, in order. The categorizer is pure, so rows with identical
 * inputs (a subscription, a daily coffee) are decided once per delivery.
 */
export type RowCategory = ReturnType<typeof categorizeTransaction> & { categoryId: string | null };

export function categorizeRows(context: CategorizationContext, rows: ReadonlyArray<IngestRow>, known?: ReadonlyMap<IngestRow, RowCategory>): RowCategory[] {
  const ownAccountsOutside = new Map<string, CategorizationContext["ownAccounts"]>();
  const decided = new Map<string, RowCategory>();
  return rows.map((row) => {
    const already = known?.get(row);
    if (already) return already;
    const key = [row.accountId, row.description, row.amount, row.currency, row.providerCategory ?? ""].join("\u001f");
    let decision = decided.get(key);
    if (!decision) {
      let ownAccounts = ownAccountsOutside.get(row.accountId);
      if (!ownAccounts) ownAccountsOutside.set(row.accountId, (ownAccounts = context.ownAccounts.filter((account) => account.accountId !== row.accountId)));
      const outcome = categorizeTransaction(
        { description: row.description, amount: row.amount, currency: row.currency, accountId: row.accountId, bankCategory: row.providerCategory ?? null },
        { ...context, ownAccounts },
      );
      decision = { ...outcome, categoryId: resolveCategoryId(context.categoryIds, outcome.categoryKey) };
      decided.set(key, decision);
    }
    return decision;
  });
}

/** The delivered fields of modified rows in one statement; a merchant name the bank leaves out keeps the stored one. */
async function updateModified(tx: Tx, modified: ReadonlyArray<{ row: IngestRow; stored: StoredRow }>, now: Date): Promise<void> {
  if (modified.length === 0) return;
  const changes = jsonRows(
    [
      { name: "id", type: "uuid" }, { name: "amount", type: "bigint" }, { name: "pending", type: "boolean" }, { name: "date", type: "date" }, { name: "description", type: "text" },
      { name: "posted_at", type: "timestamp" }, { name: "authorized_at", type: "timestamp" }, { name: "dedup_key", type: "text" }, { name: "merchant_name", type: "text" },
    ],
    modified.map(({ row, stored }) => [
      stored.id, String(row.amount), row.pending, row.date, row.description, isoInstant(row.postedAt), isoInstant(row.authorizedAt), computeDedupKey(row), row.merchantName ?? null,
    ]),
  );
  await tx.$executeRawUnsafe(
    `UPDATE "Transaction" t SET amount = u.amount, pending = u.pending, date = u.date, description = u.description, "postedAt" = u.posted_at,
            "authorizedAt" = u.authorized_at, "removedAt" = NULL, "dedupKey" = u.dedup_key, "merchantName" = COALESCE(NULLIF(u.merchant_name, ''), t."merchantName"),
            "updatedAt" = $2::timestamp
       FROM ${changes.from(1, "u")}
      WHERE t.id = u.id`,
    changes.json,
    now.toISOString(),
  );
}

/**
 * The payload of each new or changed row, as received: a row re-sent unchanged never gets here, so every
 * record is a version the lineage view shows. No existence check or hash index: each costs every row.
 */
async function storeProviderRecords(tx: Tx, input: IngestInput, items: ReadonlyArray<{ row: IngestRow; transactionId: string }>): Promise<void> {
  if (items.length === 0) return;
  const records = jsonRows(
    [
      { name: "id", type: "uuid" }, { name: "transaction_id", type: "uuid" }, { name: "external_id", type: "text" }, { name: "payload", type: "jsonb" },
    ],
    items.map((item) => [newRowId(), item.transactionId, item.row.externalId, item.row.payload ?? null]),
  );
  // A payload of JSON null arrives as SQL NULL; the column keeps it as the JSON value.
  await tx.$executeRawUnsafe(
    `INSERT INTO "ProviderRecord" (id, "userId", "connectionId", "importJobId", "transactionId", "externalId", payload)
     SELECT u.id, $1::uuid, $2::uuid, $3::uuid, u.transaction_id, u.external_id, COALESCE(u.payload, 'null'::jsonb)
       FROM ${records.from(4, "u")}`,
    input.userId,
    input.connectionId ?? null,
    input.importJobId ?? null,
    records.json,
  );
}

/**
 * Decides merges for the new rows of this delivery: the bank's explicit pending link first, then
 * re-delivered duplicates and cross-source copies by score (claimed set: each row used once).
 */
async function findMerges(tx: Tx, input: IngestInput, fresh: ReadonlyArray<{ row: IngestRow; id: string; dedupKey: string }>): Promise<MergeDecision[]> {
  const decisions: MergeDecision[] = [];
  const claimed = new Set<string>();
  const existingByKey = await pendingRowsNamed(tx, input.userId, fresh);
  for (const { row, id } of fresh) {
    if (!row.pendingExternalId || row.pending) continue;
    const pending = existingByKey.get(`${row.accountId}\u001f${row.pendingExternalId}`);
    if (!pending || pending.mergedIntoId !== null || claimed.has(pending.id)) continue;
    claimed.add(pending.id);
    claimed.add(id);
    decisions.push({ survivorId: id, mergedId: pending.id, mergedIsNew: false, score: 1, reasons: [mergeReasonText("bankLinked")], kind: "pending_to_posted", status: "merged" });
  }

  const incoming = fresh.filter(({ id, row }) => !claimed.has(id) && !row.pending);
  if (incoming.length === 0) return decisions;
  const dates = incoming.map(({ row }) => row.date).sort();
  const from = addDays(dates[0] ?? "", -CROSS_SOURCE_WINDOW_DAYS);
  const to = addDays(dates[dates.length - 1] ?? "", CROSS_SOURCE_WINDOW_DAYS);
  const candidates = await profileStep("merges: candidates query", () => tx.$queryRawUnsafe<StoredRow[]>(
    `SELECT ${STORED_COLUMNS} FROM "Transaction" WHERE "userId" = $1::uuid AND "accountId" = ANY($2::uuid[]) AND amount = ANY($3::bigint[])
       AND date BETWEEN $4::date AND $5::date AND "mergedIntoId" IS NULL AND "removedAt" IS NULL AND pending = false`,
    input.userId,
    [...new Set(incoming.map(({ row }) => row.accountId))],
    [...new Set(incoming.map(({ row }) => String(row.amount)))],
    from,
    to,
  ));
  const incomingRows: MatchRow[] = incoming.map(({ row, id }) => ({
    id,
    accountId: row.accountId,
    amount: row.amount,
    currency: row.currency,
    date: row.date,
    description: row.description,
    pending: false,
    authorizedAt: isoInstant(row.authorizedAt),
    postedAt: isoInstant(row.postedAt),
    source: input.source,
    externalId: row.externalId,
    earlier: false,
  }));
  // Rows of this same delivery are candidates too (two identical rows sent together), never as "earlier".
  const existingRows = [...candidates.filter((c) => !claimed.has(c.id)).map((c) => toMatchRow(c, input.deliveryStartedAt)), ...incomingRows];
  const matches = await profileStep("merges: scoring", async () => assignMatches(existingRows, incomingRows, (a, b) => scoreDuplicate(a, b) ?? scoreCrossSource(a, b), { windowDays: CROSS_SOURCE_WINDOW_DAYS }));
  const freshIds = new Set(fresh.map((f) => f.id));
  for (const match of matches) decisions.push(toDecision(match, freshIds));
  return decisions;
}

/** The stored rows that new posted rows name as their pending row, by accountId + "\u001f" + externalId. */
async function pendingRowsNamed(tx: Tx, userId: string, fresh: ReadonlyArray<{ row: IngestRow }>): Promise<Map<string, StoredRow>> {
  const naming = fresh.filter(({ row }) => row.pendingExternalId && !row.pending);
  if (naming.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<StoredRow[]>(
    `SELECT ${STORED_COLUMNS} FROM "Transaction" WHERE "userId" = $1::uuid AND "accountId" = ANY($2::uuid[]) AND "externalId" = ANY($3::text[])`,
    userId,
    [...new Set(naming.map(({ row }) => row.accountId))],
    [...new Set(naming.map(({ row }) => row.pendingExternalId as string))],
  );
  return new Map(rows.map((row) => [`${row.accountId}\u001f${row.externalId}`, row]));
}

/** A synced row outlives an imported copy (it carries the bank's id and updates); otherwise the earlier row survives. */
function toDecision(match: Match, freshIds: ReadonlySet<string>): MergeDecision {
  const syncReplacesImport = match.kind === "cross_source" && match.existing.source === "import";
  const [survivor, merged] = syncReplacesImport ? [match.incoming, match.existing] : [match.existing, match.incoming];
  return {
    survivorId: survivor.id,
    mergedId: merged.id,
    mergedIsNew: freshIds.has(merged.id),
    score: match.score,
    reasons: match.ambiguous ? [...match.reasons, mergeReasonText("anotherMatches")] : match.reasons,
    kind: match.kind,
    status: match.score >= MERGE_THRESHOLD && !match.ambiguous ? "merged" : "review",
  };
}

