import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { isSelfOrDescendant } from "@/lib/categories/save-category";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

export const DeleteCategoryInput = z.object({
  reassignToId: z.string({ error: "is required: choose where its transactions go" }).uuid("must be a category id"),
});

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
    if (existing.systemKey === "other") throw new AppError("conflict", "Other cannot be deleted: uncategorized transactions go there");
    const target = await tx.category.findFirst({ where: { id: reassignToId, userId }, select: { id: true, name: true } });
    if (!target) throw notFound("Target category");
    if (await isSelfOrDescendant(tx, userId, existing.id, target.id)) {
      throw new AppError("validation", "reassignToId: choose a category outside the one being deleted");
    }
    const moved = await tx.transaction.updateMany({ where: { userId, categoryId: existing.id }, data: { categoryId: target.id } });
    await tx.transactionSplit.updateMany({ where: { userId, categoryId: existing.id }, data: { categoryId: target.id } });
    await tx.scheduledTransaction.updateMany({ where: { userId, categoryId: existing.id }, data: { categoryId: target.id } });
    await tx.category.updateMany({ where: { userId, parentId: existing.id }, data: { parentId: existing.parentId } });
    await tx.category.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "category.deleted", entityType: "Category", entityId: existing.id,
      before: { name: existing.name, parentId: existing.parentId, systemKey: existing.systemKey },
      after: { reassignedTo: target.id, reassignedToName: target.name, transactions: moved.count }, requestId: meta.requestId,
    });
    return { reassigned: moved.count };
  });
}
