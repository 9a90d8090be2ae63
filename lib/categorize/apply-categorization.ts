import { resolveCategoryId, type Db } from "@/lib/categorize/category-ids-by-key";
import { categorizeTransaction } from "@/lib/categorize/categorize-transaction";
import { loadCategorizationContext, type CategorizationContext } from "@/lib/categorize/load-categorization-context";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";

export interface ApplyCategorizationResult {
  /** Rows the categorizer looked at (the user's own, not removed, not set by the user). */
  considered: number;
  /** Rows whose stored categorization changed in any field. */
  updated: number;
  /** Rows whose category changed; each got a "categorized" event. */
  recategorized: number;
}

const CHUNK = 500;

/** A transaction client lacks $connect (Prisma's deny list), so its absence tells the two apart. */
function isClient(db: Db): db is PrismaClient {
  return typeof (db as Partial<PrismaClient>).$connect === "function";
}

/**
 * (Re)categorizes the given transactions of one user. Rows the user categorized themselves
 * (categorySource "user") are never touched; ids of other users are ignored. Writes only rows
 * whose result differs, so calling it twice is a no-op the second time, and appends a
 * TransactionEvent only when the category itself changed.
 */
export async function applyCategorization(
  db: Db,
  userId: string,
  transactionIds: ReadonlyArray<string>,
  options: { context?: CategorizationContext; actor?: string } = {},
): Promise<ApplyCategorizationResult> {
  const result: ApplyCategorizationResult = { considered: 0, updated: 0, recategorized: 0 };
  if (transactionIds.length === 0) return result;
  const work = async (tx: Db): Promise<void> => {
    const context = options.context ?? (await loadCategorizationContext(tx, userId));
    const ids = [...new Set(transactionIds)];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await tx.transaction.findMany({
        where: { userId, id: { in: ids.slice(start, start + CHUNK) }, categorySource: { not: "user" } },
        select: {
          id: true, accountId: true, description: true, amount: true, currency: true, providerCategory: true,
          categoryId: true, categorySource: true, categoryConfidence: true, categoryRuleId: true, merchantName: true,
          isTransfer: true, excluded: true,
        },
      });
      for (const row of rows) {
        result.considered += 1;
        const decided = categorizeTransaction(
          { description: row.description, amount: minorFromBigInt(row.amount), currency: row.currency, accountId: row.accountId, bankCategory: row.providerCategory },
          // A transfer names the other account, never its own.
          { ...context, ownAccounts: context.ownAccounts.filter((account) => account.accountId !== row.accountId) },
        );
        const next = {
          categoryId: resolveCategoryId(context.categoryIds, decided.categoryKey),
          categorySource: decided.source,
          categoryConfidence: decided.confidence,
          categoryRuleId: decided.ruleId ?? null,
          merchantName: decided.merchant,
          isTransfer: row.isTransfer || decided.isTransfer === true,
          excluded: row.excluded || decided.excluded === true,
        };
        const unchanged = next.categoryId === row.categoryId && next.categorySource === row.categorySource
          && next.categoryConfidence === row.categoryConfidence && next.categoryRuleId === row.categoryRuleId
          && next.merchantName === row.merchantName && next.isTransfer === row.isTransfer && next.excluded === row.excluded;
        if (unchanged) continue;
        await tx.transaction.update({ where: { id: row.id }, data: next });
        result.updated += 1;
        if (next.categoryId === row.categoryId) continue;
        result.recategorized += 1;
        await tx.transactionEvent.create({
          data: {
            userId, transactionId: row.id, kind: "categorized", source: decided.source === "rule" ? "rule" : "system",
            actor: options.actor ?? "system:categorize",
            before: { categoryId: row.categoryId, categorySource: row.categorySource },
            after: { categoryId: next.categoryId, categorySource: next.categorySource, confidence: next.categoryConfidence, ruleId: next.categoryRuleId },
          },
        });
      }
    }
  };
  if (isClient(db)) await db.$transaction(work, { timeout: 60_000, maxWait: 10_000 });
  else await work(db);
  return result;
}
