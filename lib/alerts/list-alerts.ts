import { z } from "zod";
import { readAlertMessages } from "@/lib/alerts/alert-messages";
import { prisma } from "@/lib/db";
import type { ExplainMessage } from "@/lib/i18n/explain-message";

export interface AlertView {
  id: string;
  kind: string;
  budgetId: string | null;
  title: string;
  message: string;
  /** `title` and `message` as catalog messages, for the page in the reader's language; null on older alerts. */
  titleMessage: ExplainMessage | null;
  messageMessage: ExplainMessage | null;
  readAt: string | null;
  createdAt: string;
}

const SELECT = { id: true, kind: true, budgetId: true, title: true, message: true, data: true, readAt: true, createdAt: true } as const;

function toView({ data, ...row }: { id: string; kind: string; budgetId: string | null; title: string; message: string; data: unknown; readAt: Date | null; createdAt: Date }): AlertView {
  return { ...row, ...readAlertMessages(data), readAt: row.readAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

export const ListAlertsInput = z.object({
  unread: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be between 1 and 200").max(200, "must be between 1 and 200").default(50),
});

/** Newest first. */
export async function listAlerts(userId: string, input: unknown = {}): Promise<AlertView[]> {
  const { unread, limit } = ListAlertsInput.parse(input);
  const rows = await prisma().alert.findMany({
    where: { userId, ...(unread === "true" ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: SELECT,
  });
  return rows.map(toView);
}

export async function countUnreadAlerts(userId: string): Promise<number> {
  return prisma().alert.count({ where: { userId, readAt: null } });
}

/**
 * Alerts created after `afterId`, oldest first, for a reconnecting stream (the browser's
 * Last-Event-ID). Ids are UUIDv7, so id order is creation order.
 */
export async function listAlertsAfter(userId: string, afterId: string, limit = 50): Promise<AlertView[]> {
  const rows = await prisma().alert.findMany({ where: { userId, id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit, select: SELECT });
  return rows.map(toView);
}

export const MarkAlertsReadInput = z.union([
  z.object({ ids: z.array(z.uuid({ error: "must be alert ids" }), { error: "must be a list of alert ids" }).min(1, "needs at least one id").max(500, "allows at most 500 ids") }),
  z.object({ all: z.literal(true, { error: "must be true" }) }),
], { error: "give either ids or all: true" });

/** Marks the user's alerts read; ids of other users' alerts are silently not matched. Returns how many changed. */
export async function markAlertsRead(userId: string, input: unknown, now = new Date()): Promise<number> {
  const parsed = MarkAlertsReadInput.parse(input);
  const where = "ids" in parsed ? { userId, readAt: null, id: { in: parsed.ids } } : { userId, readAt: null };
  const { count } = await prisma().alert.updateMany({ where, data: { readAt: now } });
  return count;
}
