import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
import { isSelfOrDescendant } from "@/lib/categories/save-category";
import { prisma } from "@/lib/db";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const DeleteCategoryInput = z.object({
  reassignToId: z.string({ error: "is required: choose where its transactions go" }).uuid("must be a category id"),
});

/**
 * Its subcategories move up to its parent, where names are unique among siblings: a clash is the
 * user's to resolve (rename or move one), so it is refused with both names rather than merged.
 */
async function assertChildrenCanMoveUp(
  tx: Prisma.TransactionClient,
  userId: string,
  existing: { id: string; name: string; parentId: string | null },
): Promise<void> {
  const children = await tx.category.findMany({ where: { userId, parentId: existing.id }, select: { name: true } });
  if (children.length === 0) return;
  const siblings = await tx.category.findMany({ where: { userId, parentId: existing.parentId, id: { not: existing.id } }, select: { name: true } });
  const taken = new Set(siblings.map((sibling) => sibling.name.toLowerCase()));
  const clash = children.find((child) => taken.has(child.name.toLowerCase()));
  if (!clash) return;
  const parent = existing.parentId ? ((await tx.category.findFirst({ where: { id: existing.parentId, userId }, select: { name: true } }))?.name ?? null) : null;
  const where = existing.parentId ? `under ${parent ?? "its parent"}` : "at the top level";
  throw new AppError("conflict", `Its subcategory "${clash.name}" would move up next to another "${clash.name}" ${where}; rename or move one of them first`, {
    text: parent ? { key: "errors.subcategoryClashUnder", params: { name: clash.name, parent } } : { key: "errors.subcategoryClashTop", params: { name: clash.name } },
  });
}

/**
 * Rules and the user's category corrections name categories by key; once this one is gone they
 * would quietly fall back to Other. They follow the transactions to the chosen category instead.
 */
async function redirectRulesAndCorrections(
  tx: Prisma.TransactionClient,
  userId: string,
  deletedKey: string,
  target: { id: string; systemKey: string | null },
): Promise<void> {
  const targetKey = categoryKeyOf(target);
  const rules = await tx.rule.findMany({ where: { userId }, select: { id: true, actions: true } });
  for (const rule of rules) {
    if (!Array.isArray(rule.actions)) continue;
    let changed = false;
    const actions = rule.actions.map((action) => {
      if (isSetCategory(action) && action.categoryKey === deletedKey) {
        changed = true;
        return { ...action, categoryKey: targetKey };
      }
      return action;
    });
    if (changed) await tx.rule.update({ where: { id: rule.id }, data: { actions } });
  }
  await tx.$executeRaw`
    UPDATE "Correction"
    SET value = jsonb_set(jsonb_set(value, '{categoryId}', to_jsonb(${target.id}::text)), '{categoryKey}', to_jsonb(${targetKey}::text))
    WHERE "userId" = ${userId}::uuid AND field = 'category' AND value->>'categoryKey' = ${deletedKey}`;
}

function isSetCategory(action: Prisma.JsonValue): action is { type: "set_category"; categoryKey: string } {
  return typeof action === "object" && action !== null && !Array.isArray(action) && action.type === "set_category" && typeof action.categoryKey === "string";
}

/**
 * Deletes a category after moving everything filed under it to the category the user chose:
 * transactions (keeping who decided), splits and scheduled transactions. Its subcategories move
 * up to its parent. "Other" stays: it is where anything uncategorizable lands.
 */
export async function deleteCategory(
  userId: string,
  categoryId: string,
  input: unknown,
  meta: { requestId?: string } = {},
): Promise<{ reassigned: number }> {
  const { reassignToId } = DeleteCategoryInput.parse(input);
  return prisma().$transaction(async (tx) => {
    const existing = await tx.category.findFirst({ where: { id: categoryId, userId }, select: { id: true, name: true, parentId: true, systemKey: true } });
    if (!existing) throw notFound("Category");
    if (existing.systemKey === "other") throw new AppError("conflict", "Other cannot be deleted: uncategorized transactions go there", { text: { key: "errors.otherUndeletable" } });
    const target = await tx.category.findFirst({ where: { id: reassignToId, userId }, select: { id: true, name: true, systemKey: true } });
    if (!target) throw notFound("Target category");
    if (await isSelfOrDescendant(tx, userId, existing.id, target.id)) {
      throw invalidField("reassignToId", "choose a category outside the one being deleted", "errors.reassignOutside");
    }
    await assertChildrenCanMoveUp(tx, userId, existing);
    const moved = await tx.transaction.updateMany({ where: { userId, categoryId: existing.id }, data: { categoryId: target.id } });
    await tx.transactionSplit.updateMany({ where: { userId, categoryId: existing.id }, data: { categoryId: target.id } });
    await tx.scheduledTransaction.updateMany({ where: { userId, categoryId: existing.id }, data: { categoryId: target.id } });
    await tx.category.updateMany({ where: { userId, parentId: existing.id }, data: { parentId: existing.parentId } });
    await redirectRulesAndCorrections(tx, userId, categoryKeyOf(existing), target);
    await tx.category.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "category.deleted", entityType: "Category", entityId: existing.id,
      before: { name: existing.name, parentId: existing.parentId, systemKey: existing.systemKey },
      after: { reassignedTo: target.id, reassignedToName: target.name, transactions: moved.count }, requestId: meta.requestId,
    });
    return { reassigned: moved.count };
  });
}
