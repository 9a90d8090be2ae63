import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

type NextAuthRouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: NextAuthRouteContext) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
