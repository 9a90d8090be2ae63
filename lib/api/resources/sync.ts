import { z } from "zod";
import { listSyncHealth } from "@/lib/admin/list-sync-health";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";
import { getConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";
import { syncConnectionNow } from "@/lib/sync/sync-connection";

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

const RunCounts = { added: z.number().int(), modified: z.number().int(), removed: z.number().int() };

const ConnectionSyncDetailSchema = z
  .object({
    id: Uuid,
    institutionName: z.string(),
    provider: z.string(),
    status: z.enum(["active", "reauth_required", "revoked", "error"]),
    lastSyncAt: Timestamp.nullable(),
    nextSyncAt: Timestamp.nullable(),
    lastError: z.string().nullable(),
    runs: z.array(
      z.object({
        id: Uuid,
        trigger: z.string(),
        status: z.enum(["running", "succeeded", "failed"]),
        startedAt: Timestamp,
        durationMs: z.number().int().nullable(),
        ...RunCounts,
        merged: z.number().int(),
        quarantined: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
    quarantined: z.array(z.object({ id: Uuid, reason: z.string(), createdAt: Timestamp, preview: z.string() })).meta({ description: "Records the bank sent that failed validation, with the reason; the rest of the sync went on" }),
    quarantinedTotal: z.number().int(),
  })
  .meta({ id: "ConnectionSyncDetail" });

const iso = (date: Date | null) => date?.toISOString() ?? null;

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
    defineOperation({
      id: "getConnectionSync",
      method: "GET",
      path: "/sync/connections/{connectionId}",
      summary: "One connection's recent sync runs and quarantined records",
      scope: "read",
      pathParams: { connectionId: "Connection" },
      response: z.object({ connection: ConnectionSyncDetailSchema }),
      handler: async ({ caller, params }) => {
        const status = await getConnectionSyncStatus(caller.userId, params.connectionId ?? "");
        return {
          connection: {
            ...status,
            lastSyncAt: iso(status.lastSyncAt),
            nextSyncAt: iso(status.nextSyncAt),
            runs: status.runs.map((run) => ({ ...run, startedAt: run.startedAt.toISOString() })),
            quarantined: status.quarantined.map((record) => ({ ...record, createdAt: record.createdAt.toISOString() })),
          },
        };
      },
    }),
    defineOperation({
      id: "syncConnection",
      method: "POST",
      path: "/sync/connections/{connectionId}",
      summary: "Sync a connection now",
      description: "Runs the sync before answering. 409 while a sync of this connection is already running.",
      scope: "write",
      pathParams: { connectionId: "Connection" },
      response: z.object({
        runId: Uuid,
        status: z.enum(["succeeded", "failed"]),
        error: z.string().nullable(),
        durationMs: z.number().int(),
        pages: z.number().int(),
        ...RunCounts,
        merged: z.number().int(),
        review: z.number().int().meta({ description: "Likely duplicates left for the user to confirm" }),
        quarantined: z.number().int(),
      }),
      handler: async ({ caller, params }) => {
        const outcome = await syncConnectionNow(caller.userId, params.connectionId ?? "");
        return { ...outcome, durationMs: Math.round(outcome.durationMs) };
      },
    }),
  ],
};
