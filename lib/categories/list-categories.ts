import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export interface CategoryView {
  id: string;
  name: string;
  parentId: string | null;
  /** What rules and corrections call it: the system key, or the id of a category the user made. */
  key: string;
  isSystem: boolean;
  transactionCount: number;
}

/** The user's categories, parents before their children, each level by name. */
export async function listCategories(userId: string): Promise<CategoryView[]> {
  const [rows, counts] = await Promise.all([
    prisma().category.findMany({ where: { userId }, select: { id: true, name: true, parentId: true, systemKey: true }, orderBy: [{ name: "asc" }] }),
    prisma().transaction.groupBy({ by: ["categoryId"], where: { userId, categoryId: { not: null } }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((count) => [count.categoryId, count._count._all]));
  const views = rows.map((row) => ({
    id: row.id, name: row.name, parentId: row.parentId, key: categoryKeyOf(row), isSystem: row.systemKey !== null, transactionCount: countOf.get(row.id) ?? 0,
  }));
  const byParent = new Map<string | null, CategoryView[]>();
  for (const view of views) byParent.set(view.parentId, [...(byParent.get(view.parentId) ?? []), view]);
  const ordered: CategoryView[] = [];
  const visit = (parentId: string | null, depth: number): void => {
    // Depth bound: parent links are kept acyclic on write, this only guards against a corrupted row.
    if (depth > 10) return;
    for (const view of byParent.get(parentId) ?? []) {
      ordered.push(view);
      visit(view.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

export async function getCategory(userId: string, categoryId: string): Promise<CategoryView> {
  const view = (await listCategories(userId)).find((category) => category.id === categoryId);
  if (!view) throw notFound("Category");
  return view;
}
