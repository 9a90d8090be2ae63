import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";

// lastSeenAt is for the sessions list: minute resolution is plenty and spares a write per request.
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  sessionId: string | undefined;
}

/**
 * The user a session JWT stands for, or null. The cookie alone proves nothing after a revocation:
 * the user must exist and be enabled, the token must carry the current sessionVersion ("sign out
 * everywhere") and name a session that was not revoked (one device).
 */
export async function resolveSessionUser(claims: SessionClaims, now = new Date()): Promise<CurrentUser | null> {
  if (!claims.sessionId) return null;
  const session = await prisma().userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true, revokedAt: true, lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, homeCurrency: true, locale: true, theme: true, disabledAt: true, sessionVersion: true } },
    },
  });
  if (!session || session.revokedAt || session.userId !== claims.userId) return null;
  const { user } = session;
  if (user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await prisma().userSession.update({ where: { id: claims.sessionId }, data: { lastSeenAt: now } });
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, homeCurrency: user.homeCurrency, locale: user.locale, theme: user.theme };
}
