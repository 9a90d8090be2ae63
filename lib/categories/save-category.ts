import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCategory, type CategoryView } from "@/lib/categories/list-categories";
import { prisma } from "@/lib/db";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const NameSchema = z.string().trim().min(1, "is required").max(60, "must be at most 60 characters");
const ParentSchema = z.string().uuid("must be a category id").nullable();

export const CategoryInput = z.object({ name: NameSchema, parentId: ParentSchema.optional() });
export const CategoryUpdateInput = z.object({ name: NameSchema.optional(), parentId: ParentSchema.optional() });

export const MAX_CATEGORIES_PER_USER = 300;

/** Names are unique among siblings; the database cannot enforce it for top-level rows (NULL parent). */
async function assertNameFree(tx: Prisma.TransactionClient, userId: string, name: string, parentId: string | null, exceptId?: string): Promise<void> {
  const clash = await tx.category.findFirst({
    where: { userId, parentId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("conflict", `A category named "${name}" already exists there`, { text: { key: "errors.categoryExists", params: { name } } });
}

async function assertParentOwned(tx: Prisma.TransactionClient, userId: string, parentId: string | null): Promise<void> {
  if (parentId && !(await tx.category.findFirst({ where: { id: parentId, userId }, select: { id: true } }))) throw notFound("Parent category");
}

/** True when `candidateId` is `categoryId` or one of its descendants: nesting there would make a loop. */
export async function isSelfOrDescendant(tx: Prisma.TransactionClient, userId: string, categoryId: string, candidateId: string): Promise<boolean> {
  let current: string | null = candidateId;
  for (let depth = 0; current !== null && depth < 50; depth += 1) {
    if (current === categoryId) return true;
    const row: { parentId: string | null } | null = await tx.category.findFirst({ where: { id: current, userId }, select: { parentId: true } });
    current = row?.parentId ?? null;
  }
  return false;
}

export async function createCategory(userId: string, input: unknown, meta: { requestId?: string } = {}): Promise<CategoryView> {
  const { name, parentId = null } = CategoryInput.parse(input);
  const id = await prisma().$transaction(async (tx) => {
    await assertParentOwned(tx, userId, parentId);
    await assertNameFree(tx, userId, name, parentId);
    if ((await tx.category.count({ where: { userId } })) >= MAX_CATEGORIES_PER_USER) {
      throw new AppError("conflict", `You can have at most ${MAX_CATEGORIES_PER_USER} categories`, { text: { key: "errors.tooManyCategories", params: { max: MAX_CATEGORIES_PER_USER } } });
    }
    const created = await tx.category.create({ data: { userId, name, parentId }, select: { id: true } });
    await recordAudit(tx, { userId, actor: `user:${userId}`, action: "category.created", entityType: "Category", entityId: created.id, after: { name, parentId }, requestId: meta.requestId });
    return created.id;
  });
  return getCategory(userId, id);
}

/** Renames and/or moves a category (system ones too: their key stays, so rules keep working). */
export async function updateCategory(userId: string, categoryId: string, input: unknown, meta: { requestId?: string } = {}): Promise<CategoryView> {
  const patch = CategoryUpdateInput.parse(input);
  await prisma().$transaction(async (tx) => {
    const existing = await tx.category.findFirst({ where: { id: categoryId, userId }, select: { id: true, name: true, parentId: true } });
    if (!existing) throw notFound("Category");
    const name = patch.name ?? existing.name;
    const parentId = patch.parentId === undefined ? existing.parentId : patch.parentId;
    await assertParentOwned(tx, userId, parentId);
    if (parentId && (await isSelfOrDescendant(tx, userId, existing.id, parentId))) {
      throw invalidField("parentId", "a category cannot be placed inside itself or one of its subcategories", "errors.categoryCycle");
    }
    await assertNameFree(tx, userId, name, parentId, existing.id);
    await tx.category.update({ where: { id: existing.id }, data: { name, parentId } });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "category.updated", entityType: "Category", entityId: existing.id,
      before: { name: existing.name, parentId: existing.parentId }, after: { name, parentId }, requestId: meta.requestId,
    });
  });
  return getCategory(userId, categoryId);
}
