/**
 * "Load demo data": fills a new, empty account with a year of generated history (three accounts,
 * salary, rent, subscriptions, everyday spending, transfers and a few anomalies) so a first-time
 * user sees every page with data before linking a bank. The rows are manual accounts the user owns
 * like any other: they can edit or delete them.
 */
import { detectAnomaliesForUser } from "@/lib/anomalies/detect-anomalies-for-user";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { recordAudit } from "@/lib/audit/record-audit";
import { createBudget } from "@/lib/budgets/save-budget";
import { categorizeTransaction } from "@/lib/categorize/categorize-transaction";
import { loadCategorizationContext, resolveCategoryId } from "@/lib/categorize/load-categorization-context";
import { database, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bankViewAt } from "@/lib/generator/bank-view-at";
import { generateHistory } from "@/lib/generator/generate-history";
import { logError } from "@/lib/log";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";
import { linkTransfers } from "@/lib/reconcile/link-transfers";
import { addDays, addMonths, type CalendarDate } from "@/lib/schedules/calendar-date";

/** Fixed: every user's demo history is the same, so support and screenshots can refer to it. */
export const DEMO_SEED = 20_260_101;
const DEMO_MONTHS = 12;
/** Marks the accounts this loader created: the "already loaded" check and nothing else reads it. */
const DEMO_ACCOUNT_PREFIX = "demo:";
/** Namespace of the per-user advisory lock (the second key is a hash of the user id). */
const DEMO_LOCK_NAMESPACE = 7_302;
/** Anomaly detection judges the recent weeks, as a daily sync would have; older history is its baseline. */
const DETECT_DAYS = 45;

/** Monthly budgets around the generated persona's typical spending, so some run close and one may breach. */
const DEMO_BUDGETS = [
  { name: "Food & dining", systemKey: "food_and_dining", amount: 80_000 },
  { name: "Transportation", systemKey: "transportation", amount: 25_000 },
  { name: "Shopping", systemKey: "shopping", amount: 20_000 },
] as const;

export interface DemoDataResult {
  /** False when this user's demo data was already there (a second click, a double submit). */
  created: boolean;
  accounts: number;
  transactions: number;
  budgets: number;
}

function firstOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 8)}01` as CalendarDate;
}

export async function loadDemoData(userId: string, now = new Date()): Promise<DemoDataResult> {
  const loaded = await prisma().$transaction(
    async (tx) => {
      // Two clicks (or tabs) at once: the second waits here and then sees the first one's accounts.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${DEMO_LOCK_NAMESPACE}, hashtext($1))`, userId);
      const existing = await tx.account.findMany({ where: { userId }, select: { providerAccountId: true, connectionId: true } });
      if (existing.some((account) => account.connectionId === null && account.providerAccountId?.startsWith(DEMO_ACCOUNT_PREFIX))) return null;
      const connections = await tx.bankConnection.count({ where: { userId } });
      if (existing.length > 0 || connections > 0) {
        throw new AppError("conflict", "Demo data can only be loaded into an empty account; this one already has accounts or bank connections", {
          text: { key: "errors.demoNotEmpty" },
        });
      }

      const today = await userToday(tx, userId, now);
      const { dataset } = generateHistory({
        seed: DEMO_SEED,
        months: DEMO_MONTHS,
        persona: "us",
        startDate: firstOfMonth(addMonths(today, -(DEMO_MONTHS - 1))),
        // Anomalies give the anomaly and insight pages something to show; the others are sync faults.
        injections: { anomalies: true },
      });
      // What a bank would show right now: nothing dated after today, recent rows still pending.
      const view = bankViewAt(dataset, now.toISOString());
      const accountIds = new Map<string, string>();
      for (const generated of dataset.accounts) {
        const account = await tx.account.create({
          data: {
            userId, source: "manual", type: generated.type, name: generated.name, currency: generated.currency, mask: generated.mask,
            openingBalance: BigInt(generated.openingBalance), providerAccountId: `${DEMO_ACCOUNT_PREFIX}${generated.id}`,
          },
        });
        accountIds.set(generated.id, account.id);
      }
      // Categorized here, before the insert, with the same categorizer and context applyCategorization
      // uses: one bulk insert instead of an update per row (a year is about a thousand rows).
      const context = await loadCategorizationContext(tx, userId);
      const rows = view.transactions.flatMap((generated) => {
        const accountId = accountIds.get(generated.accountId);
        if (!accountId) return [];
        const decided = categorizeTransaction(
          { description: generated.description, amount: generated.amount, currency: generated.currency, accountId, bankCategory: null },
          { ...context, ownAccounts: context.ownAccounts.filter((account) => account.accountId !== accountId) },
        );
        return [{
          userId, accountId, source: "manual" as const, externalId: generated.id, amount: BigInt(generated.amount), currency: generated.currency,
          pending: generated.pending, authorizedAt: new Date(generated.authorizedAt), postedAt: generated.postedAt ? new Date(generated.postedAt) : null,
          date: new Date(`${generated.date}T00:00:00Z`), description: generated.description, mcc: generated.mcc,
          merchantName: decided.merchant ?? generated.merchantName, categoryId: resolveCategoryId(context.categoryIds, decided.categoryKey),
          categorySource: decided.source, categoryConfidence: decided.confidence, categoryRuleId: decided.ruleId ?? null,
          isTransfer: decided.isTransfer === true, excluded: decided.excluded === true,
        }];
      });
      const created = await tx.transaction.createManyAndReturn({ data: rows, select: { id: true, date: true } });
      const ids = created.map((row) => row.id);
      await linkTransfers(tx, userId, ids, "system:demo");
      for (const accountId of accountIds.values()) await recomputeAccountBalance(tx, accountId);
      await recordAudit(tx, { userId, actor: `user:${userId}`, action: "demo.loaded", entityType: "User", entityId: userId, after: { seed: DEMO_SEED, months: DEMO_MONTHS, accounts: accountIds.size, transactions: ids.length } });
      const since = addDays(today, -DETECT_DAYS);
      const recent = created.filter((row) => row.date.toISOString().slice(0, 10) >= since).map((row) => row.id);
      return { today, accounts: accountIds.size, transactions: ids.length, recent };
    },
    { timeout: 60_000 },
  );
  if (!loaded) return { created: false, accounts: 0, transactions: 0, budgets: 0 };

  // After commit, as a sync does: budgets (which may raise their first alerts), recurring streams and anomalies.
  let budgets = 0;
  const categories = await prisma().category.findMany({ where: { userId, systemKey: { in: DEMO_BUDGETS.map((b) => b.systemKey) } }, select: { id: true, systemKey: true } });
  for (const budget of DEMO_BUDGETS) {
    const category = categories.find((c) => c.systemKey === budget.systemKey);
    if (!category) continue;
    await createBudget(userId, { name: budget.name, scope: "category", categoryIds: [category.id], period: "monthly", amount: budget.amount }, { now });
    budgets += 1;
  }
  try {
    await detectAnomaliesForUser(database().sql, { userId, transactionIds: loaded.recent, today: loaded.today });
  } catch (error) {
    logError("anomaly detection after loading demo data failed", error, { userId });
  }
  return { created: true, accounts: loaded.accounts, transactions: loaded.transactions, budgets };
}
