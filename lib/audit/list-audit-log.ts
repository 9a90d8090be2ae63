import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const CalendarDateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "must be a real date");

/** Filters of the activity page and `GET /api/activity`, as URL strings. */
export const AuditFiltersSchema = z
  .object({
    action: z.string().trim().max(100, "must be at most 100 characters").regex(/^[a-z_.]*$/, "must be an action name like transaction.corrected").optional(),
    entityType: z.string().trim().max(60, "must be at most 60 characters").regex(/^[A-Za-z]*$/, "must be an entity name like Transaction").optional(),
    from: CalendarDateParam.optional(),
    to: CalendarDateParam.optional(),
    /** The id of the last entry of the previous page (ids are time-ordered UUIDv7). */
    cursor: z.uuid("must be the nextCursor of a previous page").optional(),
    limit: z.string().regex(/^\d{1,3}$/, "must be a whole number from 1 to 200").transform(Number).refine((n) => n >= 1 && n <= 200, "must be a whole number from 1 to 200").optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
  });

export interface AuditEntryView {
  id: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: string;
}

export function parseAuditFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): z.output<typeof AuditFiltersSchema> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const raw: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== undefined && value !== "") raw[key] = value;
  return AuditFiltersSchema.parse(raw);
}

/**
 * The user's audit trail, newest first. Read-only by design: no lib function updates or deletes
 * AuditLog rows (a test greps lib/ and app/ for it), entries are only appended by recordAudit.
 */
export async function listAuditLog(userId: string, filters: z.output<typeof AuditFiltersSchema>): Promise<{ items: AuditEntryView[]; nextCursor: string | null; actions: string[]; entityTypes: string[] }> {
  const limit = filters.limit ?? 50;
  const where: Prisma.AuditLogWhereInput = { userId };
  if (filters.action) where.action = filters.action;
  if (filters.entityType) where.entityType = filters.entityType;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  if (filters.cursor) where.id = { lt: filters.cursor };
  const [rows, actions, entityTypes] = await Promise.all([
    prisma().auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1 }),
    prisma().auditLog.findMany({ where: { userId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    prisma().auditLog.findMany({ where: { userId }, distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ id: r.id, actor: r.actor, action: r.action, entityType: r.entityType, entityId: r.entityId, before: r.before, after: r.after, requestId: r.requestId, createdAt: r.createdAt.toISOString() })),
    nextCursor: rows.length > limit && last ? last.id : null,
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
  };
}
