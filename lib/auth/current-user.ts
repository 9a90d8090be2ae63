/**
 * The signed-in user for server components, actions and route handlers. The session cookie is only
 * the start: the user must still exist, be enabled, the token must not predate a session reset, and
 * the session it names must not have been revoked.
 */
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { cache } from "react";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";
import { authSecret } from "@/lib/env";
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
// The cookie's JWT is decoded with getToken (as lib/api/authenticate-api-request.ts does): getServerSession
// also re-encrypts a refreshed cookie that is never sent from here, about 0.5 ms of CPU per request. Only
// the cookie header is handed over, so an Authorization header is never taken for a session; decodeSessionToken
// is next-auth's decode with its key derived once. Memoized per
// render (React cache): a layout and its page look the session up once; outside a render it is a plain call.
export const findCurrentSession = cache(async (): Promise<{ user: CurrentUser; sessionId: string } | null> => {
  const cookie = (await headers()).get("cookie") ?? "";
  const jwt = await getToken({ req: new NextRequest("http://session.local/", { headers: { cookie } }), secret: authSecret(), decode: decodeSessionToken });
  const id = typeof jwt?.uid === "string" ? jwt.uid : undefined;
  const sessionId = jwt?.sid;
  if (!id || !sessionId) return null;
  const user = await resolveSessionUser({ userId: id, sessionVersion: jwt.sv ?? 0, sessionId });
  return user ? { user, sessionId } : null;
});

export async function findCurrentUser(): Promise<CurrentUser | null> {
  return (await findCurrentSession())?.user ?? null;
}

/** For route handlers and actions: 401 when nobody is signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to continue", { text: { key: "errors.signIn" } });
  return user;
}

/** For actions that act on the session itself (sessions list, password change): 401 when signed out. */
export async function requireSession(): Promise<{ user: CurrentUser; sessionId: string }> {
  const session = await findCurrentSession();
  if (!session) throw new AppError("unauthenticated", "Sign in to continue", { text: { key: "errors.signIn" } });
  return session;
}

/** For pages: back to the sign-in page when nobody is signed in. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await findCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
