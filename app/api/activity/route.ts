import { NextResponse } from "next/server";
import { listAuditLog, parseAuditFilters } from "@/lib/audit/list-audit-log";
import { requireUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/http/route-handler";

/** The audit trail, newest first; filters action, entityType, from, to, cursor, limit. */
export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  const { items, nextCursor } = await listAuditLog(user.id, parseAuditFilters(request.nextUrl.searchParams));
  return NextResponse.json({ entries: items, nextCursor });
});
