import { prisma } from "@/lib/db";

export interface ApiTokenView {
  id: string;
  name: string;
  /** The first characters of the secret, enough to tell tokens apart. */
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: "active" | "expired" | "revoked";
}

export async function listApiTokens(userId: string, now = new Date()): Promise<ApiTokenView[]> {
  const rows = await prisma().apiToken.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }] });
  return rows.map((row) => ({
    id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes,
    createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null,
    status: row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active",
  }));
}
