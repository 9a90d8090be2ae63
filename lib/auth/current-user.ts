/**
 * The signed-in user for server components, actions and route handlers. The session cookie is only
 * the start: the user must still exist, be enabled, the token must not predate a session reset, and
 * the session it names must not have been revoked.
 */
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import { AppError } from "@/lib/errors";
import { resolveSessionUser } from "@/lib/sessions/resolve-session-user";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: "user" | "admin";
  homeCurrency: string;
  locale: string;
  theme: "light" | "dark" | "system";
}

/** The signed-in user and the UserSession their cookie names (lib/sessions checks revocation). */
export async function findCurrentSession(): Promise<{ user: CurrentUser; sessionId: string } | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  const sessionId = session?.user?.sessionId;
  if (!id || !sessionId) return null;
  const user = await resolveSessionUser({ userId: id, sessionVersion: session.user.sessionVersion, sessionId });
  return user ? { user, sessionId } : null;
}

export async function findCurrentUser(): Promise<CurrentUser | null> {
  return (await findCurrentSession())?.user ?? null;
}

/** For route handlers and actions: 401 when nobody is signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to continue");
  return user;
}

/** For actions that act on the session itself (sessions list, password change): 401 when signed out. */
export async function requireSession(): Promise<{ user: CurrentUser; sessionId: string }> {
  const session = await findCurrentSession();
  if (!session) throw new AppError("unauthenticated", "Sign in to continue");
  return session;
}

/** For pages: back to the sign-in page when nobody is signed in. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
