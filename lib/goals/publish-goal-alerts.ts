import { logError } from "@/lib/log";
import { publishUserEvent } from "@/lib/redis/event-bus";
import type { RaisedAlert } from "./raise-goal-milestones";

/**
 * After commit: tells the user's open tabs to show the new alerts as toasts. The alerts are already
 * stored, so a failed publish only loses the toast, never the alert.
 */
export async function publishGoalAlerts(userId: string, alerts: readonly RaisedAlert[]): Promise<void> {
  for (const alert of alerts) {
    try {
      await publishUserEvent(userId, { type: "alert.created", data: { id: alert.id, kind: alert.kind, title: alert.title, message: alert.message, data: alert.data } });
    } catch (error) {
      logError("could not publish a goal alert", error, { userId, alertId: alert.id });
    }
  }
}
