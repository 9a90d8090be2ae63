import { prisma } from "@/lib/db";
import { describeUserAgent } from "./describe-user-agent";

export interface UserSessionView {
  id: string;
  device: string;
  ip: string | null;
  location: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** Sessions not revoked, seen within the JWT lifetime; the current one first. */
export async function listUserSessions(userId: string, currentSessionId: string | null, now = new Date()): Promise<UserSessionView[]> {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const rows = await prisma().userSession.findMany({ where: { userId, revokedAt: null, lastSeenAt: { gte: since } }, orderBy: [{ lastSeenAt: "desc" }] });
  return rows
    .map((row) => ({
      id: row.id, device: describeUserAgent(row.userAgent), ip: row.ip, location: row.location,
      createdAt: row.createdAt.toISOString(), lastSeenAt: row.lastSeenAt.toISOString(), current: row.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
