import type { CategoryView } from "@/lib/categories/list-categories";

/** <option>s for a category <select>, children indented under their parent. */
export function CategoryOptions({ categories }: { categories: CategoryView[] }) {
  const depth = new Map<string, number>();
  for (const category of categories) depth.set(category.id, category.parentId ? (depth.get(category.parentId) ?? 0) + 1 : 0);
  return (
    <>
      {categories.map((category) => (
        <option key={category.id} value={category.id}>
          {"\u00a0\u00a0".repeat(depth.get(category.id) ?? 0)}
          {category.name}
        </option>
      ))}
    </>
  );
}
