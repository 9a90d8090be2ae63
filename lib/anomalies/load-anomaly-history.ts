import { minorFromBigInt } from "@/lib/money";
import type { CalendarDate } from "@/lib/schedules/calendar-date";
import type { SqlQueryable } from "@/lib/sql";
import type { AnomalyKind as StoredAnomalyKind } from "@/lib/generated/prisma/enums";
import type { AnomalyKind, AnomalyTransaction, Suppression } from "./anomaly";
import { toDetectorKind } from "./anomaly-kinds";
import type { SpikePeriod } from "./detect-category-spikes";
import { DUPLICATE_HABIT_LOOKBACK_DAYS, DUPLICATE_WINDOW_DAYS } from "./thresholds";

/**
 * History windows. The detectors' minimum-history rules are 5 merchant visits, 10 category
 * purchases and 20 user purchases; these windows are several times that so the median is stable,
 * while a sync never reads the whole ledger.
 */
export const MERCHANT_WINDOW_ROWS = 60;
export const CATEGORY_WINDOW_ROWS = 120;
export const USER_SPEND_WINDOW_ROWS = 200;

interface Row {
  id: string;
  date: string;
  authorizedAt: string | null;
  amount: string;
  currency: string;
  merchantKey: string | null;
  merchantName: string | null;
  categoryKey: string | null;
  categoryName: string | null;
  pending: boolean;
  isTransfer: boolean;
  excluded: boolean;
}

/** Merchant key: the lower-cased merchant name sync stored; rows without one have no merchant. */
const COLUMNS = `t.id::text AS id, t.date, t."authorizedAt", t.amount, t.currency, nullif(lower(btrim(t."merchantName")), '') AS "merchantKey",
  t."merchantName", t."categoryId"::text AS "categoryKey", c.name AS "categoryName", t.pending, t."isTransfer", t.excluded`;
const FROM = `FROM "Transaction" t LEFT JOIN "Category" c ON c.id = t."categoryId"
  WHERE t."userId" = $1::uuid AND t."removedAt" IS NULL AND t."mergedIntoId" IS NULL`;
const OUTPUT = `id, to_char(date, 'YYYY-MM-DD') AS date, to_char("authorizedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "authorizedAt", amount::text AS amount, currency, "merchantKey", "merchantName",
  "categoryKey", "categoryName", pending, "isTransfer", excluded`;

function toTransaction(row: Row): AnomalyTransaction {
  return {
    id: row.id,
    date: row.date,
    // Stored as UTC without a zone; a null means the source gave only a date.
    ...(row.authorizedAt ? { authorizedAt: row.authorizedAt } : {}),
    amount: minorFromBigInt(BigInt(row.amount)),
    currency: row.currency.trim(),
    merchantKey: row.merchantKey,
    ...(row.merchantName ? { merchantName: row.merchantName } : {}),
    categoryKey: row.categoryKey,
    ...(row.categoryName ? { categoryName: row.categoryName } : {}),
    pending: row.pending,
    isTransfer: row.isTransfer,
    excluded: row.excluded,
  };
}

export async function loadCandidates(db: SqlQueryable, userId: string, ids: readonly string[]): Promise<AnomalyTransaction[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<Row>(`SELECT ${OUTPUT} FROM (SELECT ${COLUMNS} ${FROM} AND t.id = ANY($2::uuid[])) x ORDER BY date, id`, [userId, ids]);
  return rows.map(toTransaction);
}

/**
 * Past rows the candidate-based detectors compare against, up to `until`:
 * - per (merchant, currency) of a candidate: the newest MERCHANT_WINDOW_ROWS, plus every row in the
 *   duplicate and habit window before the earliest candidate;
 * - per (category, currency) of a candidate: the newest CATEGORY_WINDOW_ROWS purchases;
 * - per currency of a candidate: the newest USER_SPEND_WINDOW_ROWS purchases (the "typical purchase"
 *   a first charge at a new merchant is measured against).
 */
export async function loadComparisonHistory(
  db: SqlQueryable,
  userId: string,
  candidates: readonly AnomalyTransaction[],
  until: CalendarDate,
): Promise<AnomalyTransaction[]> {
  if (candidates.length === 0) return [];
  const merchants = [...new Set(candidates.flatMap((c) => (c.merchantKey ? [c.merchantKey] : [])))];
  const categories = [...new Set(candidates.flatMap((c) => (c.categoryKey ? [c.categoryKey] : [])))];
  const currencies = [...new Set(candidates.map((c) => c.currency))];
  const earliest = candidates.reduce((min, c) => (c.date < min ? c.date : min), until);
  const habitFrom = DUPLICATE_HABIT_LOOKBACK_DAYS + DUPLICATE_WINDOW_DAYS;
  const { rows } = await db.query<Row>(
    `WITH base AS (SELECT ${COLUMNS} ${FROM} AND t.date <= $2::date + $8::int AND t.currency = ANY($5::text[])),
     merchant AS (
       SELECT *, row_number() OVER (PARTITION BY "merchantKey", currency ORDER BY date DESC, id DESC) AS rn
       FROM base WHERE "merchantKey" = ANY($3::text[])
     ),
     category AS (
       SELECT *, row_number() OVER (PARTITION BY "categoryKey", currency ORDER BY date DESC, id DESC) AS rn
       FROM base WHERE "categoryKey" = ANY($4::text[]) AND amount < 0
     ),
     spend AS (
       SELECT *, row_number() OVER (PARTITION BY currency ORDER BY date DESC, id DESC) AS rn FROM base WHERE amount < 0
     ),
     picked AS (
       SELECT id FROM merchant WHERE rn <= $6 OR date >= $7::date - $9::int
       UNION SELECT id FROM category WHERE rn <= $10
       UNION SELECT id FROM spend WHERE rn <= $11
     )
     SELECT ${OUTPUT} FROM base WHERE id IN (SELECT id FROM picked) ORDER BY date, id`,
    [userId, until, merchants, categories, currencies, MERCHANT_WINDOW_ROWS, earliest, DUPLICATE_WINDOW_DAYS, habitFrom, CATEGORY_WINDOW_ROWS, USER_SPEND_WINDOW_ROWS],
  );
  return rows.map(toTransaction);
}

/**
 * Net spending per (category, currency) and period, as one synthetic row per period dated at its
 * start carrying its purchase count, which is all detectCategorySpikes needs. Only the given categories are summed.
 */
export async function loadCategoryPeriodTotals(
  db: SqlQueryable,
  userId: string,
  categories: readonly string[],
  periods: readonly SpikePeriod[],
): Promise<AnomalyTransaction[]> {
  if (categories.length === 0 || periods.length === 0) return [];
  const { rows } = await db.query<{ categoryKey: string; categoryName: string | null; currency: string; start: string; total: string; purchases: string }>(
    `SELECT t."categoryId"::text AS "categoryKey", min(c.name) AS "categoryName", t.currency, to_char(p.start, 'YYYY-MM-DD') AS start, sum(t.amount)::text AS total,
       count(*) FILTER (WHERE t.amount < 0)::text AS purchases
     FROM unnest($3::date[], $4::date[]) AS p(start, "end")
     JOIN "Transaction" t ON t.date >= p.start AND t.date < p."end"
     LEFT JOIN "Category" c ON c.id = t."categoryId"
     WHERE t."userId" = $1::uuid AND t."removedAt" IS NULL AND t."mergedIntoId" IS NULL AND NOT t."isTransfer" AND NOT t.excluded
       AND t."categoryId" = ANY($2::uuid[])
     GROUP BY t."categoryId", t.currency, p.start`,
    [userId, categories, periods.map((p) => p.start), periods.map((p) => p.end)],
  );
  return rows.map((row) => ({
    id: `period:${row.categoryKey}:${row.currency}:${row.start}`,
    date: row.start,
    amount: minorFromBigInt(BigInt(row.total)),
    purchases: Number(row.purchases),
    currency: row.currency.trim(),
    merchantKey: null,
    categoryKey: row.categoryKey,
    ...(row.categoryName ? { categoryName: row.categoryName } : {}),
  }));
}

export async function loadSuppressions(db: SqlQueryable, userId: string): Promise<Suppression[]> {
  const { rows } = await db.query<{
    kind: StoredAnomalyKind; merchantKey: string | null; categoryKey: string | null; currency: string; minAmount: string | null; maxAmount: string | null;
  }>(
    `SELECT kind::text AS kind, "merchantKey", "categoryKey", currency, "minAmount"::text AS "minAmount", "maxAmount"::text AS "maxAmount"
     FROM "AnomalySuppression" WHERE "userId" = $1::uuid`,
    [userId],
  );
  return rows.flatMap((row) => {
    const kind: AnomalyKind = toDetectorKind(row.kind);
    const rule: Suppression = {
      kind,
      currency: row.currency.trim(),
      ...(row.merchantKey !== null ? { merchantKey: row.merchantKey } : {}),
      ...(row.categoryKey !== null ? { categoryKey: row.categoryKey } : {}),
      ...(row.minAmount !== null ? { minAmount: minorFromBigInt(BigInt(row.minAmount)) } : {}),
      ...(row.maxAmount !== null ? { maxAmount: minorFromBigInt(BigInt(row.maxAmount)) } : {}),
    };
    // A charge the user called normal for its merchant must not come back as large for its category.
    return kind === "large-merchant-spend" ? [rule, { ...rule, kind: "large-category-spend" }] : [rule];
  });
}
