/**
 * One sync of one bank connection: fetch pages -> normalize -> dedup -> record deltas -> categorize ->
 * store -> balances -> budget hook, then anomaly detection and alert fan-out after commit.
 *
 * Cursor discipline: pages are applied in batches (several pages, one database transaction each) that are
 * idempotent (rows are keyed by the bank's id), the cursor is saved only with the batch holding the last
 * page, in that batch's transaction, and a bank that reports data changing mid-pagination restarts the run
 * from the first page's cursor. A crash between pages therefore loses nothing (the cursor was not
 * advanced) and duplicates nothing (re-applied pages find their rows already stored).
 */
import type { BankProvider, RawRecord } from "@/lib/banks/provider";
import { ProviderError } from "@/lib/banks/provider";
import type { BudgetAlert } from "@/lib/budgets/evaluate-budget-alerts";
import { publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { loadCategorizationContext, type CategorizationContext } from "@/lib/categorize/load-categorization-context";
import { detectAnomaliesForUser } from "@/lib/anomalies/detect-anomalies-for-user";
import { database, prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PrismaClient, SyncTrigger } from "@/lib/generated/prisma/client";
import { logError, logWarn } from "@/lib/log";
import { recordAudit } from "@/lib/audit/record-audit";
import { afterTransactionsStored } from "./after-transactions-stored";
import type { Tx } from "./bulk-insert";
import { categorizeRows, ingestCanonicalTransactions, type IngestRow, type RowCategory } from "./ingest-canonical-transactions";
import type { QuarantineCode } from "./normalize/canonical-transaction";
import { reconcileVanishedRows } from "./reconcile-vanished-rows";
import { describeSyncError } from "./describe-sync-error";
import { nextListingState, parseListingState, planListingRead, serializeListingState } from "./plan-listing-read";
import { withProviderRetry, type RetryOptions } from "./with-provider-retry";
import { profileStep, profileSync } from "./sync-profile";

/** The embedded scheduler and QStash both run every 15 minutes. */
export const SYNC_INTERVAL_MS = 15 * 60_000;
/** How often one run restarts from the first page when the bank keeps changing underneath it. */
export const MAX_PAGING_RESTARTS = 3;
/**
 * Pages (a bank's are often 500 rows) are applied in batches of about this many rows: every batch costs a
 * transaction and a dozen statements whatever its size, so small pages alone would spend most of a sync on
 * round trips. It also bounds the memory and the length of one transaction.
 */
export const APPLY_BATCH_ROWS = 5_000;
/**
 * Batches start small and double up to APPLY_BATCH_ROWS, so that writing starts early and each batch is
 * stored while the next, twice its size, is fetched, normalized and categorized on the other core; with
 * 5,000-row batches from the start the database idled through the first 5,000 rows.
 */
export const FIRST_BATCH_ROWS = 1_000;
/** One DB transaction per batch; a batch of a few thousand rows commits well inside this. */
const PAGE_TRANSACTION_TIMEOUT_MS = 120_000;

export interface ProviderSession {
  provider: BankProvider;
  /** A valid access token (decrypting and refreshing as needed). */
  accessToken(): Promise<string>;
}

export interface RunSyncOptions {
  trigger: SyncTrigger;
  session: ProviderSession;
  /** The user's calendar date (YYYY-MM-DD) for since windows and budget periods; defaults to UTC today. */
  today?: string;
  retry?: RetryOptions;
  /** Anomaly detection and alert fan-out after commit (off in benchmarks that time the engine alone). */
  afterCommit?: boolean;
  /** Rows per applied batch; APPLY_BATCH_ROWS unless a test wants batch boundaries with few rows. */
  batchRows?: number;
}

export interface SyncCounts {
  added: number;
  modified: number;
  removed: number;
  merged: number;
  review: number;
  quarantined: number;
}

export interface SyncOutcome extends SyncCounts {
  runId: string;
  status: "succeeded" | "failed";
  error: string | null;
  durationMs: number;
  pages: number;
}

interface Normalized {
  rows: IngestRow[];
  quarantined: Array<{ payload: unknown; reason: string; code?: QuarantineCode; params?: Record<string, string> }>;
}

interface PageBatch extends Normalized {
  removed: Array<{ accountId: string; externalId: string }>;
  pages: number;
  categorized: Map<IngestRow, RowCategory>;
}

function emptyBatch(): PageBatch {
  return { rows: [], quarantined: [], removed: [], pages: 0, categorized: new Map() };
}

function normalizePage(provider: BankProvider, records: RawRecord[], accountIdByExternal: ReadonlyMap<string, string>): Normalized {
  const out: Normalized = { rows: [], quarantined: [] };
  for (const record of records) {
    const result = provider.normalizeTransaction(record);
    if (!result.ok) {
      out.quarantined.push({ payload: record.payload ?? null, reason: result.reason, code: result.code, params: result.params });
      continue;
    }
    const value = result.value;
    const accountId = accountIdByExternal.get(value.accountExternalId);
    if (!accountId) {
      out.quarantined.push({
        payload: record.payload ?? null,
        reason: `accountExternalId: account ${value.accountExternalId} is not part of this connection`,
        code: "accountNotInConnection",
        params: { account: value.accountExternalId },
      });
      continue;
    }
    out.rows.push({
      accountId,
      externalId: value.externalId,
      amount: value.amount,
      currency: value.currency,
      pending: value.pending,
      authorizedAt: value.authorizedAt ?? null,
      postedAt: value.postedAt ?? null,
      date: value.date,
      description: value.description,
      merchantName: value.merchantName ?? null,
      mcc: value.mcc ?? null,
      providerCategory: value.providerCategory ?? null,
      pendingExternalId: value.pendingExternalId ?? null,
      payload: record.payload ?? null,
    });
  }
  return out;
}

async function quarantine(tx: Tx, userId: string, connectionId: string, syncRunId: string, items: Normalized["quarantined"]): Promise<void> {
  if (items.length === 0) return;
  await tx.quarantinedRecord.createMany({
    data: items.map((item) => ({ userId, connectionId, syncRunId, payload: (item.payload ?? {}) as object, reason: item.reason, reasonCode: item.code ?? null, reasonParams: item.params ?? undefined })),
  });
}

/** Creates or refreshes the connection's accounts and balances; returns bank account id -> Account.id. */
async function syncAccounts(
  userId: string,
  connectionId: string,
  syncRunId: string,
  provider: BankProvider,
  records: RawRecord[],
): Promise<{ accountIds: Map<string, string>; quarantined: number }> {
  const accountIds = new Map<string, string>();
  const bad: Normalized["quarantined"] = [];
  const now = new Date();
  await prisma().$transaction(async (tx) => {
    for (const record of records) {
      const result = provider.normalizeAccount(record);
      if (!result.ok) {
        bad.push({ payload: record.payload ?? null, reason: `account: ${result.reason}`, code: result.code, params: result.params });
        continue;
      }
      const account = result.value;
      const balances = {
        currentBalance: BigInt(account.currentBalance),
        availableBalance: account.availableBalance === undefined ? null : BigInt(account.availableBalance),
        balanceUpdatedAt: now,
      };
      const stored = await tx.account.upsert({
        where: { connectionId_providerAccountId: { connectionId, providerAccountId: account.externalId } },
        create: {
          userId, connectionId, providerAccountId: account.externalId, source: "linked", type: account.type, name: account.name,
          officialName: account.name, currency: account.currency, mask: account.mask ?? null, ...balances,
        },
        update: balances,
        select: { id: true, userId: true, archivedAt: true },
      });
      if (stored.userId === userId && stored.archivedAt === null) accountIds.set(account.externalId, stored.id);
    }
    await quarantine(tx, userId, connectionId, syncRunId, bad);
  });
  return { accountIds, quarantined: bad.length };
}

/**
 * Runs one sync for a connection the caller has already locked. Never throws for bank or data failures:
 * they end the run as "failed" with a plain-words error on the run and the connection.
 */
export async function runSync(userId: string, connectionId: string, options: RunSyncOptions): Promise<SyncOutcome> {
  const connection = await prisma().bankConnection.findFirst({ where: { id: connectionId, userId } });
  if (!connection) throw notFound("Connection");
  const startedAt = new Date();
  const run = await prisma().syncRun.create({ data: { userId, connectionId, trigger: options.trigger, status: "running", startedAt } });
  const counts: SyncCounts = { added: 0, modified: 0, removed: 0, merged: 0, review: 0, quarantined: 0 };
  const today = options.today ?? startedAt.toISOString().slice(0, 10);
  const { provider } = options.session;
  const retry = (call: () => Promise<unknown>) => withProviderRetry(call, options.retry);
  let pages = 0;
  const alerts: BudgetAlert[] = [];
  const storedIds: string[] = [];
  let durationMs = 0;

  try {
    const token = await options.session.accessToken();
    const accountRecords = (await retry(() => provider.fetchAccounts(token))) as RawRecord[];
    const { accountIds, quarantined } = await syncAccounts(userId, connectionId, run.id, provider, accountRecords);
    counts.quarantined += quarantined;
    // Loaded on first use: a sync that adds nothing (the common scheduled case) never needs it. Inside a
    // batch it is read through that batch's transaction (embedded PGlite has a single connection).
    let context: Promise<CategorizationContext> | null = null;
    const loadContext = (db: Tx | PrismaClient = prisma()) => (context ??= loadCategorizationContext(db, userId));

    const firstSync = connection.lastSyncAt === null;
    // A first sync into accounts that hold no rows yet (not one resumed after a crash): a row that no earlier
    // batch of this run stored is new without asking the database, which spares a first sync its id lookup.
    const startedEmpty = firstSync && (await prisma().transaction.findFirst({ where: { userId, accountId: { in: [...accountIds.values()] } }, select: { id: true } })) === null;
    const storedByRun = new Set<string>();
    const runKey = (row: IngestRow) => `${row.accountId}\u001f${row.externalId}`;
    // Banks without deltas keep their listing state (version, last full read) in syncCursor.
    const listingState = provider.changeModel === "delta" ? null : parseListingState(connection.syncCursor);
    const read = provider.changeModel === "delta" || listingState === null ? null : planListingRead({ changeModel: provider.changeModel, today, firstSync, state: listingState });
    const since = read?.since ?? null;
    const startCursor = provider.changeModel === "delta" ? connection.syncCursor : (read?.fetchFrom ?? null);
    const seen = new Set<string>();
    let listingVersion: string | null = null;
    let notModified = false;

    /** Applies one batch of pages in one database transaction; the last batch also saves the cursor and closes the run. */
    const applyBatch = async (batch: PageBatch, last: { cursorAfter: string | null } | null): Promise<void> => {
      const savedCursor = (cursorAfter: string | null) =>
        read && listingState ? serializeListingState(nextListingState(read, listingState, today, listingVersion)) : cursorAfter;
      const batchAlerts = await prisma().$transaction(
        async (tx) => {
          const result = await profileStep("ingest", () => ingestCanonicalTransactions(tx, {
            userId, source: "sync", rows: batch.rows, removed: batch.removed, connectionId, syncRunId: run.id, deliveryStartedAt: startedAt, context: loadContext,
            precategorized: batch.categorized, isKnownNew: startedEmpty ? (row) => !storedByRun.has(runKey(row)) : undefined,
          }));
          await quarantine(tx, userId, connectionId, run.id, batch.quarantined);
          counts.added += result.added;
          counts.modified += result.modified;
          counts.removed += result.removed;
          counts.merged += result.merged;
          counts.review += result.review;
          counts.quarantined += batch.quarantined.length;
          storedIds.push(...result.transactionIds);
          // A batch that changed nothing moves no spending: skip the budget re-evaluation on no-op syncs.
          const dates = result.transactionIds.length || result.removed ? batch.rows.map((row) => row.date) : [];
          if (last) {
            // "Not modified": the bank's listing is the one the last complete read saw, nothing vanished.
            if (provider.changeModel !== "delta" && !notModified) {
              const vanished = await profileStep("reconcile vanished", () => reconcileVanishedRows(tx, {
                userId, accountIds: [...accountIds.values()], seen, since, freshSince: connection.lastSyncAt, syncRunId: run.id,
              }));
              counts.removed += vanished.removed;
              counts.merged += vanished.merged;
              counts.review += vanished.review;
              dates.push(...vanished.dates);
            }
            const finishedAt = new Date();
            durationMs = finishedAt.getTime() - startedAt.getTime();
            await tx.bankConnection.update({
              where: { id: connectionId },
              data: {
                syncCursor: savedCursor(last.cursorAfter),
                lastSyncAt: finishedAt, nextSyncAt: new Date(finishedAt.getTime() + SYNC_INTERVAL_MS), lastError: null, status: "active",
              },
            });
            await tx.syncRun.update({ where: { id: run.id }, data: { status: "succeeded", finishedAt, durationMs, ...storedCounts(counts) } });
            // The audit trail records every change to user-visible data; a sync's are its counts (details in TransactionEvents).
            await recordAudit(tx, { userId, actor: "system:sync", action: "sync.completed", entityType: "SyncRun", entityId: run.id, after: { connectionId, ...storedCounts(counts) } });
          }
          return profileStep("after stored", () => afterTransactionsStored(tx, { userId, transactionIds: result.transactionIds, correctableIds: result.correctableIds, dates, today }));
        },
        { timeout: PAGE_TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
      );
      if (startedEmpty) for (const row of batch.rows) if (row.externalId) storedByRun.add(runKey(row));
      alerts.push(...batchAlerts);
    };

    // Pages are gathered into batches of about APPLY_BATCH_ROWS rows, and the next pages are fetched while a
    // full batch is being written (at most one batch in flight, applied in order).
    let restarts = 0;
    let page: string | null = null;
    let batch = emptyBatch();
    let inFlight: Promise<void> | null = null;
    let batchesSent = 0;
    const settle = async () => {
      const pending = inFlight;
      inFlight = null;
      if (pending) await pending;
    };
    for (;;) {
      let response;
      try {
        response = await profileStep("fetch page", () => withProviderRetry(() => provider.fetchTransactionsPage(token, { cursor: startCursor, page, knownVersion: page === null ? (read?.knownVersion ?? null) : null }), options.retry));
      } catch (error) {
        await settle();
        if (error instanceof ProviderError && error.failure.kind === "data_changed" && restarts < MAX_PAGING_RESTARTS) {
          // Applied batches are idempotent; start over from the saved cursor so nothing is skipped (the
          // unapplied pages are fetched again).
          restarts += 1;
          page = null;
          listingVersion = null;
          seen.clear();
          batch = emptyBatch();
          continue;
        }
        // Pages already fetched are valid and idempotent: keep that progress; the cursor stays where it was.
        if (batch.pages > 0) await applyBatch(batch, null);
        throw error;
      }
      pages += 1;
      if (page === null) {
        // The first page's version: if the listing changes while we page, the next sync sees a newer one.
        notModified = response.notModified === true && Boolean(read?.knownVersion);
        listingVersion = notModified ? (read?.knownVersion ?? null) : (response.listingVersion ?? null);
      }
      const normalized = profileSync("normalize", () => normalizePage(provider, [...response.added, ...response.modified], accountIds));
      // (Only once the context is loaded or before any batch is in flight: no query beside an open transaction.)
      if (firstSync && normalized.rows.length && (context !== null || inFlight === null)) {
        // On a first sync every row is new: categorizing each page as it arrives costs nothing extra and runs
        // while the previous batch is being written, instead of inside the next batch's transaction.
        const context = await loadContext();
        const decided = profileSync("categorize ahead", () => categorizeRows(context, normalized.rows));
        normalized.rows.forEach((row, index) => batch.categorized.set(row, decided[index] as RowCategory));
      }
      for (const row of normalized.rows) if (row.externalId) seen.add(`${row.accountId}\u001f${row.externalId}`);
      // Delta removals name only the transaction; it may live in any of the connection's accounts.
      for (const r of response.removed) for (const accountId of accountIds.values()) batch.removed.push({ accountId, externalId: r.externalId });
      batch.rows.push(...normalized.rows);
      batch.quarantined.push(...normalized.quarantined);
      batch.pages += 1;
      const last = response.nextPage === null;
      if (last) {
        await settle();
        await applyBatch(batch, { cursorAfter: response.cursorAfter });
        break;
      }
      if (batch.rows.length + batch.removed.length >= (options.batchRows ?? Math.min(APPLY_BATCH_ROWS, FIRST_BATCH_ROWS * 2 ** batchesSent))) {
        batchesSent += 1;
        await settle();
        const full = batch;
        batch = emptyBatch();
        inFlight = applyBatch(full, null);
        // Observed when settled; this keeps an early failure from being reported as unhandled meanwhile.
        inFlight.catch(() => undefined);
      }
      page = response.nextPage;
    }
  } catch (error) {
    const message = describeSyncError(error);
    if (!(error instanceof ProviderError)) logError("sync failed", error, { connectionId, syncRunId: run.id });
    else logWarn("sync failed", { connectionId, syncRunId: run.id, failure: error.failure.kind });
    const finishedAt = new Date();
    const reauth = error instanceof ProviderError && error.failure.kind === "reauth_required";
    await prisma().$transaction([
      prisma().syncRun.update({
        where: { id: run.id },
        data: { status: "failed", finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), error: message, ...storedCounts(counts) },
      }),
      prisma().bankConnection.update({
        where: { id: connectionId },
        data: { lastError: message, nextSyncAt: new Date(finishedAt.getTime() + SYNC_INTERVAL_MS), ...(reauth ? { status: "reauth_required" as const } : {}) },
      }),
    ]);
    return { runId: run.id, status: "failed", error: message, durationMs: finishedAt.getTime() - startedAt.getTime(), pages, ...counts };
  }

  if (options.afterCommit !== false) await runAfterCommit(userId, storedIds, today, alerts);
  return { runId: run.id, status: "succeeded", error: null, durationMs, pages, ...counts };
}

function storedCounts(counts: SyncCounts) {
  return { added: counts.added, modified: counts.modified, removed: counts.removed, merged: counts.merged, quarantined: counts.quarantined };
}

/** Anomaly detection reads committed history, so it runs after the pages commit; failures never fail the sync. */
async function runAfterCommit(userId: string, transactionIds: string[], today: string, alerts: BudgetAlert[]): Promise<void> {
  try {
    await publishAlerts(alerts);
    if (transactionIds.length) {
      for (let start = 0; start < transactionIds.length; start += 10_000) {
        await detectAnomaliesForUser(database().sql, { userId, transactionIds: transactionIds.slice(start, start + 10_000), today });
      }
    }
  } catch (error) {
    logError("post-sync hooks failed", error, { userId });
  }
}
