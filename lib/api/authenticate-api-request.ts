import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import type { ApiScope } from "@/lib/api-tokens/api-token-input";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { resolveSessionUser } from "@/lib/sessions/resolve-session-user";

export interface ApiPrincipal {
  userId: string;
  role: "user" | "admin";
  tokenId: string | null;
  scopes: readonly ApiScope[];
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A personal access token (`Authorization: Bearer fth_…`) or the browser session cookie. A session
 * may do anything its user may; a mutating request on a session must come from our own origin, since
 * the cookie would otherwise ride along with a forged cross-site request.
 */
export async function authenticateApiRequest(request: NextRequest): Promise<ApiPrincipal> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!secret) throw new AppError("unauthenticated", 'Authorization: must be "Bearer <token>"');
    const token = await authenticateApiToken(secret);
    return { userId: token.userId, role: token.role, tokenId: token.tokenId, scopes: token.scopes };
  }
  const jwt = await getToken({ req: request, secret: authSecret(), decode: decodeSessionToken });
  const user = jwt && typeof jwt.uid === "string" ? await resolveSessionUser({ userId: jwt.uid, sessionVersion: jwt.sv ?? 0, sessionId: jwt.sid }) : null;
  if (!user) throw new AppError("unauthenticated", "Sign in, or send Authorization: Bearer <token> with a personal access token");
  if (!SAFE_METHODS.has(request.method)) {
    const origin = request.headers.get("origin");
    if (origin !== null && originHost(origin) !== request.headers.get("host")) {
      throw new AppError("forbidden", "Origin: cross-site requests with a session are refused; use a personal access token");
    }
  }
  return { userId: user.id, role: user.role, tokenId: null, scopes: ["read", "write"] };
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
