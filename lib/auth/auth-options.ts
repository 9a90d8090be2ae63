/** next-auth configuration: e-mail and password (argon2id) with JWT sessions. */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { clientInfoFromHeaders } from "@/lib/sessions/client-info";
import { createUserSession } from "@/lib/sessions/create-user-session";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { localizedErrorMessage } from "@/lib/i18n/localize-error-body";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

/** Built on first use, so importing this module never reads configuration (next build imports it). */
export function authOptions(): NextAuthOptions {
  return {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials({ email: credentials?.email, password: credentials?.password, ip: clientIp(request.headers) });
          if (!user) return null;
          const sessionId = await createUserSession(user.id, clientInfoFromHeaders(request.headers));
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId };
        } catch (error) {
          // next-auth forwards a thrown message to the sign-in form; only our own messages are safe to show.
          if (error instanceof AppError) throw new Error(await localizedErrorMessage(error));
          throw new Error("Sign-in is unavailable right now. Please try again.");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        session.user.id = token.uid;
        session.user.role = token.role === "admin" ? "admin" : "user";
        session.user.sessionVersion = token.sv ?? 0;
        session.user.sessionId = token.sid;
      }
      return session;
    },
  },
};
}
