/**
 * The browser-facing edge of linking: plain form posts and the OAuth callback, answered with 303
 * redirects so the flow works without client JavaScript. Outcomes travel to the Accounts page as
 * fixed codes in the query string, never as free text.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { findCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { parseIdParam } from "@/lib/http/uuid-param";
import { parseProviderId } from "@/lib/banks/registry";
import { unlinkConnection } from "@/lib/banks/connections/unlink-connection";
import { completeLink } from "./complete-link";
import { LinkError } from "./link-error";
import { startLink } from "./start-link";

function toAccounts(params: Record<string, string>): Response {
  const url = new URL("/accounts", env().APP_URL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return NextResponse.redirect(url, 303);
}

async function signedInUserId(): Promise<string | null> {
  return (await findCurrentUser())?.id ?? null;
}

function toSignIn(): Response {
  const url = new URL("/sign-in", env().APP_URL);
  url.searchParams.set("callbackUrl", "/accounts");
  return NextResponse.redirect(url, 303);
}

const StartLinkForm = z.object({ connectionId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().uuid("must be a connection id").optional()) });

/** POST /api/banks/<provider>/link (form: optional connectionId to re-link) -> the bank's consent page. */
export async function respondStartLink(providerParam: string, request: Request): Promise<Response> {
  const userId = await signedInUserId();
  if (!userId) return toSignIn();
  const provider = parseProviderId(providerParam);
  const form = await request.formData().catch(() => new FormData());
  const { connectionId } = StartLinkForm.parse({ connectionId: form.get("connectionId") });
  const { authorizationUrl } = await startLink(userId, provider, { connectionId });
  return NextResponse.redirect(authorizationUrl, 303);
}

/** GET /api/banks/<provider>/callback?code&state | ?error&state */
export async function respondLinkCallback(providerParam: string, request: Request, requestId: string): Promise<Response> {
  const userId = await signedInUserId();
  if (!userId) return toSignIn();
  const provider = parseProviderId(providerParam);
  const query = new URL(request.url).searchParams;
  try {
    const result = await completeLink(userId, provider, { code: query.get("code"), state: query.get("state"), error: query.get("error") }, { requestId });
    return toAccounts({ linked: provider, accounts: String(result.accountCount), ...(result.relinked ? { relinked: "1" } : {}) });
  } catch (error) {
    if (error instanceof LinkError) return toAccounts({ link_error: error.code, bank: provider });
    logError("link callback failed", error, { requestId, provider });
    return toAccounts({ link_error: "exchange_failed", bank: provider });
  }
}

/** POST /api/banks/connections/<id>/unlink (form: data=keep|delete). */
export async function respondUnlink(connectionParam: string, request: Request, requestId: string): Promise<Response> {
  const userId = await signedInUserId();
  if (!userId) throw new AppError("unauthenticated", "Sign in to continue", { text: { key: "errors.signIn" } });
  const connectionId = parseIdParam(connectionParam, "Connection");
  const form = await request.formData().catch(() => new FormData());
  const { revokedAtBank } = await unlinkConnection(userId, connectionId, { data: form.get("data") ?? undefined }, { requestId });
  return toAccounts({ unlinked: String(form.get("data")), ...(revokedAtBank ? {} : { revoke_failed: "1" }) });
}
