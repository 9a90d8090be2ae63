import { z } from "zod";
import { listSyncHealth } from "@/lib/admin/list-sync-health";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";

const Timestamp = z.iso.datetime();

export const ConnectionStatusSchema = z
  .object({
    id: Uuid,
    provider: z.string(),
    institutionName: z.string(),
    status: z.enum(["active", "reauth_required", "revoked", "error"]),
    lastSyncAt: Timestamp.nullable(),
    nextSyncAt: Timestamp.nullable(),
    lastError: z.string().nullable(),
    lastRun: z
      .object({
        status: z.enum(["running", "succeeded", "failed"]),
        startedAt: Timestamp,
        durationMs: z.number().int().nullable(),
        added: z.number().int(),
        modified: z.number().int(),
        removed: z.number().int(),
        error: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: "ConnectionSyncStatus" });

export const syncResource: ApiResource = {
  name: "Sync",
  description: "Bank connections and how their last sync went.",
  operations: [
    defineOperation({
      id: "getSyncStatus",
      method: "GET",
      path: "/sync/status",
      summary: "Sync status of every bank connection",
      scope: "read",
      response: z.object({ connections: z.array(ConnectionStatusSchema) }),
      handler: async ({ caller }) => ({ connections: (await listSyncHealth({ userId: caller.userId })).connections }),
    }),
  ],
};
