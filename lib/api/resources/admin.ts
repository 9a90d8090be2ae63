import { z } from "zod";
import { listSyncHealth } from "@/lib/admin/list-sync-health";
import { listUsers } from "@/lib/admin/list-users";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";
import { ConnectionStatusSchema } from "./sync";

const AdminUserSchema = z
  .object({
    id: Uuid,
    email: z.string(),
    name: z.string(),
    role: z.enum(["user", "admin"]),
    emailVerified: z.boolean(),
    disabledAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    connections: z.number().int(),
    accounts: z.number().int(),
  })
  .meta({ id: "AdminUser" });

export const adminResource: ApiResource = {
  name: "Admin",
  description: "Operator endpoints. Anyone but an admin gets 404.",
  operations: [
    defineOperation({
      id: "adminListUsers",
      method: "GET",
      path: "/admin/users",
      summary: "List users",
      scope: "read",
      adminOnly: true,
      query: z.object({ search: z.string().max(254, "must be at most 254 characters").optional() }),
      response: z.object({ users: z.array(AdminUserSchema) }),
      handler: async ({ query }) => ({ users: await listUsers({ search: query.search }) }),
    }),
    defineOperation({
      id: "adminSetUserDisabled",
      method: "PUT",
      path: "/admin/users/{userId}/disabled",
      summary: "Disable or re-enable a user",
      scope: "write",
      adminOnly: true,
      pathParams: { userId: "User" },
      body: z.object({ disabled: z.boolean({ error: "must be true or false" }) }),
      response: z.object({ userId: Uuid, disabled: z.boolean() }),
      handler: async ({ caller, params, body }) => {
        const userId = params.userId ?? "";
        await setUserDisabled(caller.userId, userId, body.disabled, { requestId: caller.requestId });
        return { userId, disabled: body.disabled };
      },
    }),
    defineOperation({
      id: "adminGetSyncHealth",
      method: "GET",
      path: "/admin/sync-health",
      summary: "Sync health across all users",
      scope: "read",
      adminOnly: true,
      response: z.object({
        connections: z.array(ConnectionStatusSchema.extend({ userId: Uuid })),
        totals: z.object({ connections: z.number().int(), active: z.number().int(), needsAttention: z.number().int(), failedRunsLast24h: z.number().int() }),
      }),
      handler: async () => listSyncHealth(),
    }),
  ],
};
