import { recordAudit } from "@/lib/audit/record-audit";
import { recomputeAccountBalance } from "@/lib/accounts/recompute-account-balance";
import { evaluateBudgetAlerts, publishAlerts, type BudgetAlert } from "@/lib/budgets/evaluate-budget-alerts";
import { retrainCategoryModel } from "@/lib/categorize/corrections/retrain-category-model";
import { describeCategoryCorrection } from "@/lib/categorize/corrections/describe-category-correction";
import { prisma } from "@/lib/db";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userToday } from "@/lib/manual-transactions/ledger-hooks";
import { minorFromBigInt } from "@/lib/money";
import { CorrectionInput, type CorrectionInputValue } from "./correction-input";
import { columnsFor, readField } from "./effective-fields";

export interface CorrectionMeta {
  requestId?: string;
  /** "user:<id>" unless an API token acted. */
  actor?: string;
}

export interface AppliedCorrection {
  correctionId: string;
  transactionId: string;
  field: CorrectionInputValue["field"];
}

type Tx = Prisma.TransactionClient;

const ROW_SELECT = {
  id: true, accountId: true, amount: true, date: true, description: true, merchantName: true, notes: true, isTransfer: true, transferPeerId: true,
  excluded: true, categoryId: true, categorySource: true, categoryConfidence: true, categoryRuleId: true, currency: true,
} as const;

/**
 * Applies one user correction as an overlay: a Correction row (the value and the effective value it
 * replaces), the effective columns on the Transaction, a "corrected" event and an audit entry, then
 * budget evaluation in the same database transaction and the alert fan-out after commit.
 */
export async function applyCorrection(userId: string, transactionId: string, input: unknown, meta: CorrectionMeta = {}): Promise<AppliedCorrection> {
  const correction = CorrectionInput.parse(input);
  const { result, alerts } = await prisma().$transaction(async (tx) => {
    const applied = await applyCorrectionInTx(tx, userId, transactionId, correction, meta);
    const alerts = await evaluateBudgetAlerts(tx, { userId, dates: applied.dates, today: await userToday(tx, userId) });
    return { result: applied.result, alerts };
  });
  await publishAlerts(alerts);
  return result;
}

export interface CorrectionOptions {
  /**
   * Retrain the user's category model after a category correction (default). Callers correcting
   * many rows at once pass false and retrain once at the end: training reads every row the user
   * categorized, so once per row would be quadratic.
   */
  retrainModel?: boolean;
}

/**
 * The correction alone, inside the caller's transaction: the one writer of user corrections (the
 * corrections API, bulk actions, the transaction page and "apply to similar" all come through
 * here). Returns the booking dates it touched.
 */
export async function applyCorrectionInTx(
  tx: Tx,
  userId: string,
  transactionId: string,
  correction: CorrectionInputValue,
  meta: CorrectionMeta,
  options: CorrectionOptions = {},
): Promise<{ result: AppliedCorrection; dates: string[] }> {
  const actor = meta.actor ?? `user:${userId}`;
  const row = await tx.transaction.findFirst({ where: { id: transactionId, userId, mergedIntoId: null }, select: ROW_SELECT });
  if (!row) throw notFound("Transaction");
  const active = await tx.correction.findFirst({ where: { userId, transactionId, field: correction.field, revertedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
  const source = active ? "user" : "bank";
  let value: Record<string, unknown>;
  let previous: Record<string, unknown>;
  let update: Prisma.TransactionUncheckedUpdateInput;

  switch (correction.field) {
    case "category": {
      const category = await tx.category.findFirst({ where: { id: correction.categoryId, userId }, select: { id: true, systemKey: true } });
      if (!category) throw invalidField("categoryId", "no such category", "errors.noSuchCategory");
      const described = describeCategoryCorrection(row, category);
      value = { ...described.value };
      previous = { categoryId: row.categoryId, categorySource: row.categorySource, categoryRuleId: row.categoryRuleId, categoryConfidence: row.categoryConfidence };
      update = described.columns;
      break;
    }
    case "split": {
      const total = correction.splits.reduce((sum, line) => sum + line.amount, 0);
      const amount = minorFromBigInt(row.amount);
      if (total !== amount) throw invalidField("splits", `the lines add up to ${total} but the transaction is ${amount} (minor units)`, "errors.splitsTotal", { total, amount });
      const categoryIds = [...new Set(correction.splits.map((line) => line.categoryId).filter((id): id is string => id !== null))];
      if ((await tx.category.count({ where: { userId, id: { in: categoryIds } } })) !== categoryIds.length) throw invalidField("splits", "contains a category that does not exist", "errors.unknownCategory");
      const existing = await tx.transactionSplit.findMany({ where: { userId, transactionId }, orderBy: { id: "asc" } });
      previous = { splits: existing.map((s) => ({ categoryId: s.categoryId, amount: minorFromBigInt(s.amount), note: s.note })) };
      value = { splits: correction.splits.map((s) => ({ categoryId: s.categoryId, amount: s.amount, note: s.note ?? null })) };
      await writeSplits(tx, userId, transactionId, value.splits as SplitLine[]);
      update = {};
      break;
    }
    case "amount": {
      if ((await tx.transactionSplit.count({ where: { userId, transactionId } })) > 0) throw new AppError("conflict", "This transaction is split; revert the split before changing its amount", { text: { key: "errors.transactionIsSplit" } });
      previous = readField(row, "amount");
      value = { amount: correction.amount };
      update = columnsFor("amount", value);
      break;
    }
    case "merchant": previous = readField(row, "merchant"); value = { merchantName: correction.merchantName }; update = columnsFor("merchant", value); break;
    case "notes": previous = readField(row, "notes"); value = { notes: correction.notes }; update = columnsFor("notes", value); break;
    case "date": previous = readField(row, "date"); value = { date: correction.date }; update = columnsFor("date", value); break;
    case "excluded": previous = readField(row, "excluded"); value = { excluded: correction.excluded }; update = columnsFor("excluded", value); break;
    case "transfer": {
      previous = readField(row, "transfer");
      // Unmarking keeps no peer; marking by hand keeps a peer the matcher found.
      value = { isTransfer: correction.isTransfer, transferPeerId: correction.isTransfer ? row.transferPeerId : null };
      update = columnsFor("transfer", value);
      break;
    }
  }
  previous = { ...previous, source: correction.field === "category" ? row.categorySource : source };

  const now = new Date();
  // One active correction per field: the new one supersedes, and remembers what it replaced.
  await tx.correction.updateMany({ where: { userId, transactionId, field: correction.field, revertedAt: null }, data: { revertedAt: now } });
  const created = await tx.correction.create({
    data: { userId, transactionId, field: correction.field, value: value as Prisma.InputJsonValue, previousValue: previous as Prisma.InputJsonValue, createdAt: now },
    select: { id: true },
  });
  if (Object.keys(update).length > 0) await tx.transaction.update({ where: { id: transactionId }, data: update });
  await tx.transactionEvent.create({
    data: { userId, transactionId, kind: "corrected", source: "user", actor, before: { field: correction.field, ...previous } as Prisma.InputJsonValue, after: { field: correction.field, ...value, correctionId: created.id } as Prisma.InputJsonValue },
  });
  await recordAudit(tx, {
    userId, actor, action: "transaction.corrected", entityType: "Transaction", entityId: transactionId,
    before: { field: correction.field, ...previous } as Prisma.InputJsonValue, after: { field: correction.field, ...value } as Prisma.InputJsonValue, requestId: meta.requestId,
  });
  if (correction.field === "category" && options.retrainModel !== false) await retrainCategoryModel(tx, userId);
  if (correction.field === "amount") await recomputeAccountBalance(tx, row.accountId);
  const dates = [row.date.toISOString().slice(0, 10)];
  if (correction.field === "date") dates.push(correction.date);
  return { result: { correctionId: created.id, transactionId, field: correction.field }, dates };
}

export interface SplitLine {
  categoryId: string | null;
  amount: number;
  note: string | null;
}

export async function writeSplits(tx: Tx, userId: string, transactionId: string, lines: readonly SplitLine[]): Promise<void> {
  await tx.transactionSplit.deleteMany({ where: { userId, transactionId } });
  if (lines.length === 0) return;
  await tx.transactionSplit.createMany({ data: lines.map((line) => ({ userId, transactionId, categoryId: line.categoryId, amount: BigInt(line.amount), note: line.note })) });
}

export type { BudgetAlert };
