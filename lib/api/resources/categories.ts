import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";
import { listCategories } from "@/lib/categories/list-categories";

export const CategorySchema = z
  .object({
    id: Uuid,
    name: z.string(),
    parentId: Uuid.nullable(),
    key: z.string().meta({ description: "What rules refer to: the system key or the category id" }),
    isSystem: z.boolean(),
    transactionCount: z.number().int(),
  })
  .meta({ id: "Category" });

export const categoriesResource: ApiResource = {
  name: "Categories",
  description: "The user's category tree, parents before their children.",
  operations: [
    defineOperation({
      id: "listCategories",
      method: "GET",
      path: "/categories",
      summary: "List categories",
      scope: "read",
      response: z.object({ categories: z.array(CategorySchema) }),
      handler: async ({ caller }) => ({ categories: await listCategories(caller.userId) }),
    }),
  ],
};
