import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: "user" | "admin";
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: "user" | "admin"; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: "user" | "admin";
    /** The user's sessionVersion when the token was issued; older tokens are refused. */
    sv?: number;
  }
}
