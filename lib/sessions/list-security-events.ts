import { prisma } from "@/lib/db";

/** What each audited security action is called on the security page. */
const LABELS: Record<string, string> = {
  "security.sign_in_failed": "Failed sign-in",
  "security.password_changed": "Password changed",
  "security.password_change_failed": "Password change refused (wrong current password)",
  "security.password_reset_requested": "Password reset requested",
  "security.password_reset": "Password reset by e-mail link",
  "security.email_verified": "E-mail address confirmed",
  "security.token_created": "API token created",
  "security.token_revoked": "API token revoked",
  "security.session_revoked": "Session signed out",
  "security.sessions_revoked": "Other sessions signed out",
  "admin.user_disabled": "Account disabled by an administrator",
  "admin.user_enabled": "Account re-enabled by an administrator",
};

export interface SecurityEventView {
  id: string;
  action: string;
  label: string;
  ip: string | null;
  createdAt: string;
}

export async function listSecurityEvents(userId: string, limit = 50): Promise<SecurityEventView[]> {
  const rows = await prisma().auditLog.findMany({
    where: { userId, action: { in: Object.keys(LABELS) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, ip: true, createdAt: true },
  });
  return rows.map((row) => ({ id: row.id, action: row.action, label: LABELS[row.action] ?? row.action, ip: row.ip, createdAt: row.createdAt.toISOString() }));
}
