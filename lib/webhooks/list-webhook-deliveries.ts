import { prisma } from "@/lib/db";

export interface WebhookDeliveryView {
  id: string;
  endpointId: string;
  url: string;
  event: string;
  subjectId: string | null;
  ok: boolean;
  status: number | null;
  attempts: number;
  error: string | null;
  durationMs: number;
  createdAt: string;
}

/** The user's most recent deliveries across their endpoints, newest first. */
export async function listWebhookDeliveries(userId: string, limit = 20): Promise<WebhookDeliveryView[]> {
  const rows = await prisma().webhookDelivery.findMany({
    where: { userId, endpoint: { disabledAt: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 100),
    include: { endpoint: { select: { url: true } } },
  });
  return rows.map((row) => ({
    id: row.id, endpointId: row.endpointId, url: row.endpoint.url, event: row.event, subjectId: row.subjectId, ok: row.ok,
    status: row.status, attempts: row.attempts, error: row.error, durationMs: row.durationMs, createdAt: row.createdAt.toISOString(),
  }));
}
