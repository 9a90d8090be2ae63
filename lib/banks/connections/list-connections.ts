/** The user's bank connections with their accounts, for the Accounts page and API. Never selects token columns. */
import { prisma } from "@/lib/db";
import { minorFromBigInt } from "@/lib/money";
import type { ProviderId } from "@/lib/banks/provider";
import { isProviderId } from "@/lib/banks/registry";

export interface ConnectionSummary {
  id: string;
  provider: ProviderId | null;
  institutionName: string;
  status: "active" | "reauth_required" | "revoked" | "error";
  lastSyncAt: string | null;
  lastError: string | null;
  createdAt: string;
  accounts: Array<{ id: string; name: string; type: string; currency: string; currentBalance: number | null; mask: string | null }>;
}

export async function listConnections(userId: string): Promise<ConnectionSummary[]> {
  const rows = await prisma().bankConnection.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, provider: true, institutionName: true, status: true, lastSyncAt: true, lastError: true, createdAt: true,
      accounts: { where: { archivedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, type: true, currency: true, currentBalance: true, mask: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    provider: isProviderId(row.provider) ? row.provider : null,
    institutionName: row.institutionName,
    status: row.status,
    lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    accounts: row.accounts.map((a) => ({ ...a, currentBalance: a.currentBalance === null ? null : minorFromBigInt(a.currentBalance) })),
  }));
}
