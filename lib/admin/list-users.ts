import { prisma } from "@/lib/db";

export interface AdminUserView {
  id: string;
  email: string;
  name: string;
  role: "user" | "admin";
  emailVerified: boolean;
  disabledAt: string | null;
  createdAt: string;
  connections: number;
  accounts: number;
}

export const ADMIN_USER_PAGE = 200;

/** Newest first; admin only (callers check with assertAdmin). */
export async function listUsers(options: { search?: string } = {}): Promise<AdminUserView[]> {
  const search = options.search?.trim().toLowerCase();
  const rows = await prisma().user.findMany({
    where: search ? { OR: [{ email: { contains: search } }, { name: { contains: search, mode: "insensitive" } }] } : {},
    orderBy: [{ createdAt: "desc" }],
    take: ADMIN_USER_PAGE,
    select: { id: true, email: true, name: true, role: true, emailVerifiedAt: true, disabledAt: true, createdAt: true, _count: { select: { connections: true, accounts: true } } },
  });
  return rows.map((row) => ({
    id: row.id, email: row.email, name: row.name, role: row.role, emailVerified: row.emailVerifiedAt !== null,
    disabledAt: row.disabledAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
    connections: row._count.connections, accounts: row._count.accounts,
  }));
}
