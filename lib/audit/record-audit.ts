import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  userId: string | null;
  /** "user:<id>", "system:sync", "token:<id>" … */
  actor: string;
  action: string;
  entityType: string;
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  requestId?: string;
  ip?: string;
}

/** Appends an audit entry inside the caller's transaction, so the entry and the change commit together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
