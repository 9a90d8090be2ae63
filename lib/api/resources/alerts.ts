import { z } from "zod";
import { countUnreadAlerts, listAlerts, ListAlertsInput, markAlertsRead, MarkAlertsReadInput } from "@/lib/alerts/list-alerts";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";

const Timestamp = z.iso.datetime();

export const AlertSchema = z
  .object({
    id: Uuid,
    kind: z.string().meta({ description: "budget_threshold, budget_exceeded, goal_milestone, anomaly, sync_failed, …" }),
    budgetId: Uuid.nullable(),
    title: z.string(),
    message: z.string(),
    readAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: "Alert" });

export const alertsResource: ApiResource = {
  name: "Alerts",
  description: "Budget breaches, goal milestones and other notices raised for the user, newest first.",
  operations: [
    defineOperation({
      id: "listAlerts",
      method: "GET",
      path: "/alerts",
      summary: "List alerts",
      scope: "read",
      query: ListAlertsInput,
      response: z.object({ alerts: z.array(AlertSchema), unread: z.number().int() }),
      handler: async ({ caller, query }) => {
        const [alerts, unread] = await Promise.all([listAlerts(caller.userId, query), countUnreadAlerts(caller.userId)]);
        return { alerts, unread };
      },
    }),
    defineOperation({
      id: "markAlertsRead",
      method: "POST",
      path: "/alerts/read",
      summary: "Mark alerts read",
      description: "Body: { ids: [...] } or { all: true }. Ids that are not the caller's are ignored.",
      scope: "write",
      body: MarkAlertsReadInput,
      response: z.object({ marked: z.number().int(), unread: z.number().int() }),
      handler: async ({ caller, body }) => ({ marked: await markAlertsRead(caller.userId, body), unread: await countUnreadAlerts(caller.userId) }),
    }),
  ],
};
