/**
 * First line of defence: pages under the app need a session cookie. Every data access is scoped
 * by user independently of this, so a bypass here still reveals nothing.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";
import { authSecret } from "@/lib/env";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret(), decode: decodeSessionToken });
  if (token) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

// Every segment of app/(app); the (app) layout also refuses anonymous visitors on its own.
export const config = {
  matcher: [
    "/dashboard/:path*",
    "/accounts/:path*",
    "/activity/:path*",
    "/admin/:path*",
    "/alerts/:path*",
    "/analytics/:path*",
    "/anomalies/:path*",
    "/budgets/:path*",
    "/categories/:path*",
    "/connections/:path*",
    "/developer/:path*",
    "/goals/:path*",
    "/imports/:path*",
    "/insights/:path*",
    "/recurring/:path*",
    "/review/:path*",
    "/rules/:path*",
    "/scheduled/:path*",
    "/security/:path*",
    "/settings/:path*",
    "/transactions/:path*",
  ],
};
