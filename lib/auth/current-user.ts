/**
 * The signed-in user for server components, actions and route handlers. The session cookie is only
 * the start: the user must still exist, be enabled, and the token must not predate a session reset.
 */
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: "user" | "admin";
  homeCurrency: string;
  locale: string;
  theme: "light" | "dark" | "system";
}

export async function findCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, homeCurrency: true, locale: true, theme: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, homeCurrency: user.homeCurrency, locale: user.locale, theme: user.theme };
}

/** For route handlers and actions: 401 when nobody is signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to continue");
  return user;
}

/** For pages: back to the sign-in page when nobody is signed in. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
