import { prisma } from "@/lib/db";

export interface BudgetCategoryOption {
  id: string;
  /** "Food & Dining" or "Food & Dining › Restaurants". */
  label: string;
}

/** The user's categories for the budget form, parents followed by their children. */
export async function listBudgetCategories(userId: string): Promise<BudgetCategoryOption[]> {
  const rows = await prisma().category.findMany({ where: { userId }, select: { id: true, name: true, parentId: true } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const label = (row: (typeof rows)[number]): string => {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    return parent ? `${parent.name} › ${row.name}` : row.name;
  };
  return rows.map((row) => ({ id: row.id, label: label(row) })).sort((a, b) => a.label.localeCompare(b.label));
}
