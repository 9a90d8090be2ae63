import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: "user" | "admin";
    sessionVersion: number;
    /** The UserSession row created at sign-in (lib/sessions). */
    sessionId?: string;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: "user" | "admin"; sessionVersion: number; sessionId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: "user" | "admin";
    /** The user's sessionVersion when the token was issued; older tokens are refused. */
    sv?: number;
    /** UserSession id, so one device can be signed out on its own. */
    sid?: string;
  }
}
