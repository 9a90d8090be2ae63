/**
 * The mock banks' HTTP edge: turns the bank-side functions into Responses so each route file stays a
 * few lines. The banks speak OAuth's own error format on /token and /revoke, their wire format on data
 * routes, and Fathom's { error: { code, message } } on the consent page's endpoints.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import { parseProviderId } from "@/lib/banks/registry";
import { findCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/route-handler";
import { BankSignInInput, listCustomerAccounts, signInAtBank } from "./mock-bank-customers";
import { getMockBankFaults, setMockBankFaults } from "./mock-bank-faults";
import { issueLoginTicket } from "./mock-bank-login-ticket";
import { ConsentDecisionInput, decideConsent, expireAccessTokens, handleTokenRequest, OAuthError, revokeAllGrants, revokeToken, validateAuthorizeParams } from "./mock-bank-oauth";
import { serveMockBankResource } from "./serve-mock-bank-resource";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

export async function respondMockBankResource(bankParam: string, resource: "accounts" | "transactions", request: Request): Promise<Response> {
  const bank = parseProviderId(bankParam);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const result = await serveMockBankResource(bank, resource, { authorization: request.headers.get("authorization"), query }, new Date());
  if (result.delayMs > 0) await sleep(result.delayMs);
  return new Response(typeof result.body === "string" ? result.body : new Uint8Array(result.body), { status: result.status, headers: { ...result.headers, ...NO_STORE } });
}

/** Token requests arrive form-encoded (RFC 6749) or, for convenience, as JSON. */
async function readTokenBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return request.json().catch(() => null);
  return Object.fromEntries(new URLSearchParams(await request.text()));
}

function oauthErrorResponse(error: OAuthError): Response {
  return NextResponse.json({ error: error.error, error_description: error.description }, { status: error.status, headers: NO_STORE });
}

export async function respondToken(bankParam: string, request: Request): Promise<Response> {
  const bank = parseProviderId(bankParam);
  try {
    return NextResponse.json(await handleTokenRequest(bank, await readTokenBody(request), new Date()), { headers: NO_STORE });
  } catch (error) {
    if (error instanceof OAuthError) return oauthErrorResponse(error);
    throw error;
  }
}

export async function respondRevoke(bankParam: string, request: Request): Promise<Response> {
  const bank = parseProviderId(bankParam);
  const body = (await readTokenBody(request)) as { token?: unknown } | null;
  if (typeof body?.token !== "string" || body.token === "") return oauthErrorResponse(new OAuthError("invalid_request", "token: is required"));
  await revokeToken(bank, body.token, new Date());
  return new Response(null, { status: 200, headers: NO_STORE });
}

function asAppError(error: unknown): unknown {
  if (!(error instanceof OAuthError)) return error;
  return new AppError(error.status === 401 ? "unauthenticated" : "validation", error.description);
}

const SignInRequest = BankSignInInput.extend({ params: z.record(z.string(), z.string()) });

/** Step one of the consent page: demo credentials in, a login ticket and the customer's accounts out. */
export async function respondSignIn(bankParam: string, request: Request): Promise<Response> {
  const bank = parseProviderId(bankParam);
  const input = SignInRequest.parse(await readJson(request));
  const now = new Date();
  try {
    validateAuthorizeParams(bank, input.params);
  } catch (error) {
    throw asAppError(error);
  }
  const customerRef = await signInAtBank(bank, input, now);
  if (!customerRef) throw new AppError("unauthenticated", "That username and password are not recognised by the bank.", { text: { key: "errors.bankCredentials" } });
  const accounts = listCustomerAccounts(bank, customerRef, now).map(({ id, name, type, mask }) => ({ id, name, type, mask }));
  return NextResponse.json({ ticket: issueLoginTicket(bank, customerRef, now), accounts }, { headers: NO_STORE });
}

/** Step two: approve (with the chosen accounts) or deny; the answer is where to send the browser. */
export async function respondConsent(bankParam: string, request: Request): Promise<Response> {
  const bank = parseProviderId(bankParam);
  const body = await readJson(request);
  try {
    return NextResponse.json(await decideConsent(bank, ConsentDecisionInput.parse(body), new Date()), { headers: NO_STORE });
  } catch (error) {
    throw asAppError(error);
  }
}

/** Fault controls are for development and tests; a production deployment lets only admins touch them. */
async function assertFaultAdmin(): Promise<void> {
  if (env().NODE_ENV !== "production") return;
  const user = await findCurrentUser();
  if (user?.role !== "admin") throw new AppError("not_found", "Page was not found");
}

const FaultActionInput = z.object({ action: z.enum(["expire_tokens", "revoke_grants"], { error: "must be expire_tokens or revoke_grants" }) });

export async function respondGetFaults(bankParam: string): Promise<Response> {
  await assertFaultAdmin();
  return NextResponse.json({ faults: getMockBankFaults(parseProviderId(bankParam)) });
}

export async function respondSetFaults(bankParam: string, request: Request): Promise<Response> {
  await assertFaultAdmin();
  return NextResponse.json({ faults: setMockBankFaults(parseProviderId(bankParam), await readJson(request)) });
}

/** One-shot token faults: every access token at the bank expires now, or every grant is revoked. */
export async function respondFaultAction(bankParam: string, request: Request): Promise<Response> {
  await assertFaultAdmin();
  const bank = parseProviderId(bankParam);
  const { action } = FaultActionInput.parse(await readJson(request));
  const affected = action === "expire_tokens" ? await expireAccessTokens(bank, new Date()) : await revokeAllGrants(bank, new Date());
  return NextResponse.json({ action, affected });
}
